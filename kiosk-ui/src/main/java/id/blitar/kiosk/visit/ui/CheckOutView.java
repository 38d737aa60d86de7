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
import id.blitar.kiosk.visit.process.CheckOutResult;
import id.blitar.kiosk.visit.process.KioskScan;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.util.List;
import java.util.Optional;

/** Check-out at a kiosk in exit mode: the card scan ends today's visit and records its duration. */
@Route(value = "check-out", layout = KioskLayout.class)
@AnonymousAllowed
public class CheckOutView extends Div implements HasDynamicTitle, ScanTarget, QueuedScanScreen {

    private final VisitProcess visitProcess;
    private final KioskUiProperties settings;
    private final BarcodeService barcodes;
    private CardScanPanel scan;

    CheckOutView(VisitProcess visitProcess, BarcodeService barcodes, KioskUiProperties settings) {
        this.visitProcess = visitProcess;
        this.settings = settings;
        this.barcodes = barcodes;
        setId("check-out");
        showForm();
    }

    private void showForm() {
        removeAll();
        addClassName("kiosk-content");
        H1 title = new H1(getTranslation("checkOut.title"));
        Paragraph hint = new Paragraph(getTranslation("checkOut.hint"));
        hint.addClassName("kiosk-hint");
        scan = new CardScanPanel(barcodes, this::checkOut);
        Button back = KioskLayout.bigButton(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create());
        back.setId("back");
        back.addClickListener(e -> ResultPanel.home());
        add(title, hint, scan, back);
    }

    private void checkOut(String cardNumber) {
        // A scanner's scan carries the kiosk's id and time for it (see LiveScan); typed and camera input do not.
        String kiosk = KioskSession.kioskName();
        CheckOutResult result = LiveScan.current()
                .map(live -> visitProcess.checkOut(
                        new KioskScan(live.id(), ScanKind.CHECK_OUT, cardNumber, live.scannedAt()), kiosk))
                .orElseGet(() -> visitProcess.checkOut(cardNumber, kiosk));
        if (result instanceof CheckOutResult.Goodbye g) {
            show(
                    Greeting.of(this, "goodbye.title", g.callName()),
                    List.of(durationText(g.durationMinutes()), getTranslation("goodbye.thanks")));
        } else if (result instanceof CheckOutResult.NotCheckedIn n) {
            show(Greeting.of(this, "goodbye.title", n.callName()), List.of(getTranslation("goodbye.notCheckedIn")));
        } else if (result instanceof CheckOutResult.UnknownCard u) {
            formShown().showProblem("error.card.unknownAtExit", u.read());
        } else if (result instanceof CheckOutResult.Rejected r) {
            formShown().showProblems(r.problems(), r.read());
        }
    }

    /** A scan while a goodbye is shown: the next visitor leaving, at once. */
    @Override
    public boolean scanned(String raw) {
        checkOut(raw);
        return true;
    }

    private CardScanPanel formShown() {
        if (!scan.isAttached()) {
            showForm();
        }
        return scan;
    }

    private String durationText(int minutes) {
        if (minutes < 60) {
            return getTranslation("goodbye.duration.minutes", minutes);
        }
        return getTranslation("goodbye.duration.hours", minutes / 60, minutes % 60);
    }

    private void show(String title, List<String> details) {
        removeAll();
        removeClassName("kiosk-content");
        add(new ResultPanel(VaadinIcon.HAND, title, details, false, settings.welcomeSeconds()));
    }

    /** Scans here, on the form and on a result, are kept in the kiosk's offline queue. */
    @Override
    public Optional<ScanKind> queuedScanKind() {
        return Optional.of(ScanKind.CHECK_OUT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkOut.title");
    }
}
