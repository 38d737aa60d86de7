package id.blitar.kiosk.attract.ui;

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
import id.blitar.kiosk.base.ScanKind;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskMode;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.KioskUiProperties;
import id.blitar.kiosk.base.ui.LiveUpdates;
import id.blitar.kiosk.base.ui.QueuedScanScreen;
import id.blitar.kiosk.base.ui.ResultPanel;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.service.FeedbackActionsChanged;
import id.blitar.kiosk.poll.ui.FeedbackActionsPanel;
import id.blitar.kiosk.poll.ui.MoodButtons;
import id.blitar.kiosk.poll.ui.PollView;
import id.blitar.kiosk.visit.ui.CheckInView;
import id.blitar.kiosk.visit.ui.CheckOutView;
import id.blitar.kiosk.workshop.service.WorkshopChanged;
import id.blitar.kiosk.workshop.service.WorkshopService;
import id.blitar.kiosk.workshop.ui.UpcomingPanel;
import java.io.ByteArrayInputStream;

/**
 * The attract screen every kiosk returns to: who we are, today's hours, and one large button for the
 * journeys of this kiosk (check in and ask a librarian at the entrance and the reference desk, check
 * out at the exit). Only journeys that work get a button.
 *
 * <p>It has a package of its own because it composes the features (visits, the exit poll, the programme, "Data
 * saya"): a feature's screens never depend on another feature's, so feature packages have no cycles
 * ({@code ArchitectureTest}).
 */
@Route(value = "", layout = KioskLayout.class)
@AnonymousAllowed
public class AttractView extends Div implements BeforeEnterObserver, HasDynamicTitle, QueuedScanScreen {

    private final OpeningHoursService openingHours;
    private final LibraryProperties library;
    private final BarcodeService barcodes;
    private final PollProcess polls;
    private final WorkshopService workshops;
    private final KioskUiProperties settings;
    /** Coming events, "Kami lakukan" and the catalogue code; rebuilt when the library publishes a change. */
    private final Div extras = new Div();

    AttractView(
            OpeningHoursService openingHours,
            LibraryProperties library,
            BarcodeService barcodes,
            PollProcess polls,
            WorkshopService workshops,
            KioskUiProperties settings,
            LiveUpdates live) {
        this.openingHours = openingHours;
        this.library = library;
        this.barcodes = barcodes;
        this.polls = polls;
        this.workshops = workshops;
        this.settings = settings;
        setId("attract");
        addClassNames("kiosk-content", "kiosk-attract");
        extras.addClassName("kiosk-attract-extras");
        // Seats taken and items published anywhere in the library (any node) show at once.
        live.refreshWhileAttached(this, WorkshopChanged.class, this::refreshExtras);
        live.refreshWhileAttached(this, FeedbackActionsChanged.class, this::refreshExtras);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("mode")
                .flatMap(KioskMode::fromParameter)
                .ifPresent(KioskSession::setMode);
        if (KioskSession.mode() == KioskMode.EVENT_ROOM) {
            // The event-room kiosk's own screen is the door: tickets are scanned there.
            event.forwardTo("pintu-kegiatan");
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        // People at the exit are leaving: they are thanked and asked to check out or rate, not welcomed.
        boolean exit = KioskSession.mode() == KioskMode.EXIT;
        H1 title = new H1(getTranslation(exit ? "attract.exit.title" : "attract.title", library.name()));
        title.setId("attract-title");
        Paragraph subtitle = new Paragraph(getTranslation(exit ? "attract.exit.subtitle" : "attract.subtitle"));
        subtitle.setId("attract-subtitle");
        subtitle.addClassName("kiosk-hint");

        OpeningHoursService.Today today = openingHours.status();
        String key = "attract.hours." + today.state().name();
        Paragraph hours = new Paragraph(
                today.hours() == null
                        ? getTranslation(key)
                        : getTranslation(
                                key,
                                DateTexts.time(today.hours().opensAt()),
                                DateTexts.time(today.hours().closesAt())));
        hours.setId("opening-hours");
        hours.addClassName("kiosk-hours");

        Button checkIn = KioskLayout.bigButton(getTranslation("attract.checkIn"), VaadinIcon.SIGN_IN.create());
        checkIn.setId("start-check-in");
        checkIn.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CheckInView.class)));
        // Asking a librarian has its own route; the attract screen only knows its address.
        Button ask = KioskLayout.bigButton(getTranslation("attract.ask"), VaadinIcon.QUESTION_CIRCLE_O.create());
        ask.setId("start-ask");
        ask.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("ask")));
        Div journeys = new Div();
        journeys.addClassName("kiosk-journeys");
        KioskMode mode = KioskSession.mode();
        setClassName("kiosk-attract-exit", mode == KioskMode.EXIT);
        if (mode == KioskMode.EXIT) {
            Button checkOut = KioskLayout.bigButton(getTranslation("attract.checkOut"), VaadinIcon.SIGN_OUT.create());
            checkOut.setId("start-check-out");
            checkOut.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CheckOutView.class)));
            // At the exit the satisfaction poll comes first: one tap is a complete answer.
            journeys.add(
                    new MoodButtons(
                            mood -> PollView.tap(this, polls, settings, mood).ifPresent(this::show)),
                    secondary(checkOut));
        } else {
            // The main journey across the screen, the others side by side below it (kiosk.css).
            journeys.addClassName("kiosk-journeys-grid");
            Button main = mode == KioskMode.REFERENCE ? ask : checkIn;
            Button other = mode == KioskMode.REFERENCE ? checkIn : ask;
            journeys.add(primary(main), secondary(other), secondary(workshopsButton()), secondary(myDataButton()));
        }

        // No way to the staff sign-in from a public screen: staff use their own devices at /login.
        add(title, subtitle, hours, journeys);
        // Coming events and the catalogue code share a row, so both stay above the fold; "Kami lakukan" has a row
        // of its own above them in portrait and joins their row in landscape (kiosk.css).
        add(extras);
        refreshExtras();
    }

    private void refreshExtras() {
        if (!extras.getParent().isPresent()) {
            return;
        }
        extras.removeAll();
        FeedbackActionsPanel.of(polls.publishedActions()).ifPresent(extras::add);
        UpcomingPanel.of(workshops.publicProgramme()).ifPresent(extras::add);
        catalogueCode().ifPresent(extras::add);
        extras.setVisible(extras.getComponentCount() > 0);
    }

    private Button workshopsButton() {
        Button button = KioskLayout.bigButton(getTranslation("attract.workshops"), VaadinIcon.CALENDAR_USER.create());
        button.setId("start-workshops");
        button.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("kegiatan")));
        return button;
    }

    /** "Data saya": what the library holds about the visitor, and its deletion (UU PDP); a named route. */
    private Button myDataButton() {
        Button button = KioskLayout.bigButton(getTranslation("attract.myData"), VaadinIcon.USER_CARD.create());
        button.setId("start-my-data");
        button.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("data-saya")));
        return button;
    }

    private void show(ResultPanel panel) {
        removeAll();
        removeClassName("kiosk-content");
        add(panel);
    }

    private static Button primary(Button button) {
        button.addClassNames("kiosk-primary", "kiosk-journey-primary");
        return button;
    }

    private static Button secondary(Button button) {
        button.addClassNames("kiosk-secondary", "kiosk-journey-secondary");
        return button;
    }

    /** The catalogue's address and its QR code as a PNG. */
    private record CatalogueCode(String url, byte[] png) {}

    /**
     * Drawn once for every kiosk, not at every build of this screen (after each welcome and each idle return):
     * it changes only when the address does.
     */
    private static volatile CatalogueCode catalogueCode;

    /** The catalogue's address as a QR code, for visitors who want it on their phone. */
    private java.util.Optional<Div> catalogueCode() {
        String url = library.catalogueUrl();
        if (url == null || url.isBlank()) {
            return java.util.Optional.empty();
        }
        CatalogueCode drawn = catalogueCode;
        if (drawn == null || !drawn.url().equals(url)) {
            drawn = new CatalogueCode(url, barcodes.renderPng(url, BarcodeService.Format.QR_CODE, 240, 240));
            catalogueCode = drawn;
        }
        byte[] png = drawn.png();
        Image code = new Image(
                new StreamResource("catalogue-qr.png", () -> new ByteArrayInputStream(png)),
                getTranslation("attract.catalogue.alt", url));
        code.setId("catalogue-qr");
        code.setWidth("180px");
        code.setHeight("180px");
        Paragraph caption = new Paragraph(getTranslation("attract.catalogue"));
        caption.addClassName("kiosk-hint");
        Div box = new Div(code, caption);
        box.addClassName("kiosk-catalogue");
        return java.util.Optional.of(box);
    }

    /** A scan here starts this kiosk's journey: check-in, or check-out at the exit (kept in the offline queue). */
    @Override
    public java.util.Optional<ScanKind> queuedScanKind() {
        return switch (KioskSession.mode()) {
            case EXIT -> java.util.Optional.of(ScanKind.CHECK_OUT);
            case EVENT_ROOM -> java.util.Optional.empty();
            default -> java.util.Optional.of(ScanKind.CHECK_IN);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
