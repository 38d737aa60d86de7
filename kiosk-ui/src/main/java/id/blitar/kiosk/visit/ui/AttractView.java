package id.blitar.kiosk.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskMode;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;

/**
 * The attract screen every kiosk returns to: who we are, today's hours, and one large button for the
 * journey of this kiosk (check in at the entrance, check out at the exit). Only journeys that work
 * get a button.
 */
@Route(value = "", layout = KioskLayout.class)
@AnonymousAllowed
public class AttractView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final OpeningHoursService openingHours;
    private final LibraryProperties library;
    private final BarcodeService barcodes;

    AttractView(OpeningHoursService openingHours, LibraryProperties library, BarcodeService barcodes) {
        this.openingHours = openingHours;
        this.library = library;
        this.barcodes = barcodes;
        setId("attract");
        addClassNames("kiosk-content", "kiosk-attract");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("mode")
                .flatMap(KioskMode::fromParameter)
                .ifPresent(KioskSession::setMode);
        render();
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("attract.title", library.name()));
        Paragraph subtitle = new Paragraph(getTranslation("attract.subtitle"));
        subtitle.addClassName("kiosk-hint");

        OpeningHoursService.Today today = openingHours.status();
        String key = "attract.hours." + today.state().name();
        Paragraph hours = new Paragraph(
                today.hours() == null
                        ? getTranslation(key)
                        : getTranslation(
                                key,
                                TIME.format(today.hours().opensAt()),
                                TIME.format(today.hours().closesAt())));
        hours.setId("opening-hours");
        hours.addClassName("kiosk-hours");

        Button journey;
        if (KioskSession.mode() == KioskMode.EXIT) {
            journey = KioskLayout.bigButton(getTranslation("attract.checkOut"), VaadinIcon.SIGN_OUT.create());
            journey.setId("start-check-out");
            journey.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CheckOutView.class)));
        } else {
            journey = KioskLayout.bigButton(getTranslation("attract.checkIn"), VaadinIcon.SIGN_IN.create());
            journey.setId("start-check-in");
            journey.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CheckInView.class)));
        }
        journey.addClassName("kiosk-primary");
        journey.getStyle().set("min-height", "180px").set("font-size", "3rem");

        // No way to the staff sign-in from a public screen: staff use their own devices at /login.
        add(title, subtitle, hours, journey);
        catalogueCode().ifPresent(this::add);
    }

    /** The catalogue's address as a QR code, for visitors who want it on their phone. */
    private java.util.Optional<Div> catalogueCode() {
        String url = library.catalogueUrl();
        if (url == null || url.isBlank()) {
            return java.util.Optional.empty();
        }
        byte[] png = barcodes.renderPng(url, BarcodeService.Format.QR_CODE, 240, 240);
        Image code = new Image(
                new StreamResource("catalogue-qr.png", () -> new ByteArrayInputStream(png)),
                getTranslation("attract.catalogue.alt", url));
        code.setId("catalogue-qr");
        code.setWidth("200px");
        code.setHeight("200px");
        Paragraph caption = new Paragraph(getTranslation("attract.catalogue"));
        caption.addClassName("kiosk-hint");
        Div box = new Div(code, caption);
        box.addClassName("kiosk-catalogue");
        return java.util.Optional.of(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
