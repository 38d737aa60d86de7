package id.blitar.kiosk.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.ScanKind;
import id.blitar.kiosk.base.ui.CardScanPanel;
import id.blitar.kiosk.base.ui.Greeting;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.KioskUiProperties;
import id.blitar.kiosk.base.ui.LiveScan;
import id.blitar.kiosk.base.ui.QueuedScanScreen;
import id.blitar.kiosk.base.ui.ResultPanel;
import id.blitar.kiosk.base.ui.ScanTarget;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.KioskScan;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check-in of a member by card (scanner, camera or on-screen keyboard), with the ways in for guests
 * and groups. The outcome replaces the screen and then returns to the attract screen.
 */
@Route(value = "check-in", layout = KioskLayout.class)
@AnonymousAllowed
public class CheckInView extends Div implements HasDynamicTitle, ScanTarget, QueuedScanScreen {

    private final VisitProcess visitProcess;
    private final KioskUiProperties settings;
    private final BarcodeService barcodes;
    private CardScanPanel scan;

    CheckInView(VisitProcess visitProcess, BarcodeService barcodes, KioskUiProperties settings) {
        this.visitProcess = visitProcess;
        this.settings = settings;
        this.barcodes = barcodes;
        setId("check-in");
        showForm();
    }

    private void showForm() {
        removeAll();
        addClassName("kiosk-content");

        H1 title = new H1(getTranslation("checkIn.title"));
        Paragraph hint = new Paragraph(getTranslation("checkIn.hint"));
        hint.addClassName("kiosk-hint");
        scan = new CardScanPanel(barcodes, this::checkIn);

        Button guest = KioskLayout.bigButton(getTranslation("checkIn.guest"), VaadinIcon.USER.create());
        guest.setId("guest-check-in");
        guest.addClassName("kiosk-secondary");
        guest.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GuestCheckInView.class)));
        Button group = KioskLayout.bigButton(getTranslation("checkIn.group"), VaadinIcon.GROUP.create());
        group.setId("group-check-in");
        group.addClassName("kiosk-secondary");
        group.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GroupCheckInView.class)));
        Div others = new Div(guest, group);
        others.addClassName("kiosk-actions-row");

        Button back = KioskLayout.bigButton(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create());
        back.setId("back");
        back.addClickListener(e -> ResultPanel.home());

        add(title, hint, scan, others, back);
    }

    private void checkIn(String cardNumber) {
        // A scanner's scan carries the kiosk's id and time for it (see LiveScan); typed and camera input do not.
        String kiosk = KioskSession.kioskName();
        CheckInResult result = LiveScan.current()
                .map(live -> visitProcess.checkInMember(
                        new KioskScan(live.id(), ScanKind.CHECK_IN, cardNumber, live.scannedAt()), kiosk))
                .orElseGet(() -> visitProcess.checkInMember(cardNumber, kiosk));
        if (result instanceof CheckInResult.Welcomed w) {
            List<String> details = new ArrayList<>();
            details.add(getTranslation("welcome.visitNumber", w.visitNumberThisYear()));
            if (w.membershipExpired()) {
                details.add(getTranslation("welcome.expired"));
            }
            show(new ResultPanel(
                    VaadinIcon.CHECK_CIRCLE,
                    Greeting.of(this, "welcome.title", w.callName()),
                    details,
                    w.membershipExpired(),
                    settings.welcomeSeconds()));
        } else if (result instanceof CheckInResult.WelcomeBack b) {
            show(new ResultPanel(
                    VaadinIcon.CHECK_CIRCLE,
                    Greeting.of(this, "welcomeBack.title", b.callName()),
                    List.of(getTranslation("welcomeBack.detail")),
                    false,
                    settings.welcomeSeconds()));
        } else if (result instanceof CheckInResult.UnknownCard u) {
            formShown().showProblem("error.card.unknown", u.read());
        } else if (result instanceof CheckInResult.Rejected r) {
            formShown().showProblems(r.problems(), r.read());
        }
    }

    /** A scan while a result is shown: the next visitor, at once; their result replaces this one. */
    @Override
    public boolean scanned(String raw) {
        checkIn(raw);
        return true;
    }

    /** The scan panel, bringing the form back first when a result was on screen. */
    private CardScanPanel formShown() {
        if (!scan.isAttached()) {
            showForm();
        }
        return scan;
    }

    private void show(ResultPanel panel) {
        removeAll();
        removeClassName("kiosk-content");
        add(panel);
    }

    /** Scans here, on the form and on a result, are kept in the kiosk's offline queue. */
    @Override
    public Optional<ScanKind> queuedScanKind() {
        return Optional.of(ScanKind.CHECK_IN);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkIn.title");
    }
}
