package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.process.TicketResult;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.util.Optional;

/**
 * The link in an offer e-mail, opened on the visitor's phone: what is offered and until when, and one
 * button to take the seat, which shows the ticket. Not a kiosk screen: no kiosk frame, no pairing.
 */
@Route("tawaran/:token")
@AnonymousAllowed
public class OfferView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopProcess workshopProcess;
    private final WorkshopService workshops;
    private final BarcodeService barcodes;

    OfferView(WorkshopProcess workshopProcess, WorkshopService workshops, BarcodeService barcodes) {
        this.workshopProcess = workshopProcess;
        this.workshops = workshops;
        this.barcodes = barcodes;
        setId("offer");
        addClassName("phone-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<Registration> offer = workshops.offer(token);
        if (offer.isEmpty()) {
            add(new H1(getTranslation("offer.gone.title")), new Paragraph(getTranslation("offer.gone")));
            return;
        }
        Workshop w = workshops.find(offer.get().getWorkshopId()).orElseThrow();
        Paragraph until = new Paragraph(
                getTranslation("offer.until", DateTexts.dayTime(offer.get().getOfferExpiresAt())));
        Button take = new Button(getTranslation("offer.take"), e -> take(token, w));
        take.setId("offer-take");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(
                new H1(getTranslation("offer.title")),
                new Paragraph(w.getTitle()),
                new Paragraph(DateTexts.when(w.getStartsAt(), w.getEndsAt()) + " \u00b7 " + w.getRoom()),
                until,
                take);
    }

    private void take(String token, Workshop w) {
        TicketResult result = workshopProcess.acceptOffer(token);
        removeAll();
        if (result instanceof TicketResult.OfferTaken t) {
            add(new TicketPanel(
                    barcodes, w, workshops.sessionsOf(w.getId()), t.ticketCode(), getTranslation("ticket.registered")));
        } else if (result instanceof TicketResult.NotValid n) {
            add(new H1(getTranslation("offer.gone.title")), new Paragraph(getTranslation(n.reason())));
        } else {
            add(new H1(getTranslation("offer.gone.title")), new Paragraph(getTranslation("offer.gone")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offer.title");
    }
}
