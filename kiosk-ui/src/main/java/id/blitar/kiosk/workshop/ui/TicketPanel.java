package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopSession;
import id.blitar.kiosk.workshop.service.TicketCodes;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A workshop ticket: the QR code the door kiosk scans, the same code in letters a person can read
 * out, when and where, and a print button (the kiosk's printer, or a photo with the visitor's phone).
 */
public class TicketPanel extends Div {

    /**
     * @param sessions every meeting of the workshop, in order; a series shows each date, since the ticket
     *     is valid for all of them
     */
    public TicketPanel(
            BarcodeService barcodes,
            Workshop workshop,
            List<WorkshopSession> sessions,
            String ticketCode,
            String title) {
        setId("ticket");
        addClassName("kiosk-ticket");
        H1 heading = new H1(title);
        heading.setId("ticket-title");
        Paragraph what = new Paragraph(workshop.getTitle());
        what.addClassName("kiosk-ticket-workshop");
        Div when = new Div();
        when.setId("ticket-sessions");
        when.addClassName("kiosk-ticket-sessions");
        if (sessions.isEmpty()) {
            when.add(new Paragraph(
                    DateTexts.when(workshop.getStartsAt(), workshop.getEndsAt()) + " \u00b7 " + workshop.getRoom()));
        }
        for (WorkshopSession s : sessions) {
            when.add(new Paragraph(DateTexts.when(s.getStartsAt(), s.getEndsAt()) + " \u00b7 " + s.getRoom()));
        }
        byte[] png = barcodes.renderPng(TicketCodes.qrPayload(ticketCode), BarcodeService.Format.QR_CODE, 360, 360);
        Image qr = new Image(
                new StreamResource("tiket-" + ticketCode + ".png", () -> new ByteArrayInputStream(png)),
                getTranslation("ticket.qr.alt", ticketCode));
        qr.setId("ticket-qr");
        qr.addClassName("kiosk-ticket-qr");
        Span code = new Span(ticketCode);
        code.setId("ticket-code");
        code.addClassName("kiosk-ticket-code");
        Paragraph hint = new Paragraph(getTranslation("ticket.hint"));
        hint.addClassName("kiosk-hint");
        Button print = KioskLayout.bigButton(getTranslation("ticket.print"), VaadinIcon.PRINT.create());
        print.setId("ticket-print");
        print.addClassName("kiosk-secondary");
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        add(heading, what, when, qr, code, hint, print);
    }
}
