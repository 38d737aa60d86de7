package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.ui.CardScanPanel;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.Greeting;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.process.TicketResult;
import id.blitar.kiosk.workshop.process.WorkshopProcess;

/**
 * The event-room kiosk at the door: tickets are scanned (scanner or camera) and each scan says at
 * once whether the visitor is in — then the kiosk is ready for the next one. A ticket counts once per
 * session; tickets of another workshop or day are turned away with the date they are for.
 */
@Route(value = "pintu-kegiatan", layout = KioskLayout.class)
@AnonymousAllowed
public class DoorView extends Div implements HasDynamicTitle {

    private final WorkshopProcess workshops;
    private final Div outcome = new Div();
    private final Select<Workshop> door = new Select<>();

    DoorView(WorkshopProcess workshops, BarcodeService barcodes) {
        this.workshops = workshops;
        setId("door");
        addClassNames("kiosk-content", "kiosk-door");
        outcome.setId("door-outcome");
        outcome.addClassName("kiosk-door-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "assertive");
        Paragraph hint = new Paragraph(getTranslation("door.hint"));
        hint.addClassName("kiosk-hint");
        add(
                new H1(getTranslation("door.title")),
                hint,
                outcome,
                new CardScanPanel(barcodes, this::scan, "door.field.placeholder", "door.type"));
    }

    private void scan(String scanned) {
        Workshop here = door.getValue();
        TicketResult result =
                workshops.scanTicket(scanned, KioskSession.kioskName(), here == null ? null : here.getId());
        outcome.removeClassNames("ok", "warn", "bad");
        if (result instanceof TicketResult.Admitted a) {
            outcome.addClassName(a.firstScan() ? "ok" : "warn");
            outcome.setText(
                    Greeting.of(this, a.firstScan() ? "door.welcome" : "door.again", a.callName(), a.workshopTitle()));
        } else if (result instanceof TicketResult.NotNow n) {
            outcome.addClassName("bad");
            outcome.setText(
                    n.nextStart() == null
                            ? getTranslation("door.over", n.workshopTitle())
                            : getTranslation("door.notNow", n.workshopTitle(), DateTexts.dayTime(n.nextStart())));
        } else if (result instanceof TicketResult.OtherWorkshop o) {
            outcome.addClassName("bad");
            outcome.setText(getTranslation("door.otherWorkshop", o.workshopTitle()));
        } else if (result instanceof TicketResult.NotValid v) {
            outcome.addClassName("bad");
            outcome.setText(getTranslation(v.reason()));
        } else {
            outcome.addClassName("bad");
            // The visitor is told what the door read: a ticket code, or a card without a registration.
            TicketResult.Unknown u = (TicketResult.Unknown) result;
            outcome.setText(getTranslation(u.ticket() ? "door.unknown" : "door.unknownCard", readOf(u.read())));
        }
        // The message stays until the next scan, then clears itself after a while for privacy.
        outcome.getElement()
                .executeJs(
                        "const el = this; clearTimeout(el._t); el._t = setTimeout(() => { el.textContent = ''; el.className = 'kiosk-door-outcome'; }, 8000);");
    }

    private String readOf(String read) {
        return read == null || read.isEmpty() ? "—" : read;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("door.title");
    }
}
