package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.DatabaseAway;
import id.blitar.kiosk.base.ScanKind;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a screen shows when opening it failed, in place of Vaadin's English "There was an exception while trying
 * to navigate to …": while the database is away ({@link DatabaseAway}: down, restarting, the pool cannot
 * connect) a calm "back in a moment" in the visitor's language, with the word that card scans still count, and
 * status 503, and a card scanned here still goes to the offline queue ({@link QueuedScanScreen}); for any other
 * failure the same friendly message with a short id as the session's error handler
 * ({@code error.unexpected}), the failure logged under that id, status 500. In the kiosk frame: its connection
 * check shows "Menghubungkan kembali…" while the server cannot serve, and brings the kiosk back to its attract
 * screen by itself once it can.
 */
@AnonymousAllowed
@ParentLayout(KioskLayout.class)
public class KioskErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle, QueuedScanScreen {

    private static final Logger log = LoggerFactory.getLogger(KioskErrorView.class);

    private String title = "";
    private boolean databaseAway;

    KioskErrorView() {
        setId("kiosk-error");
        // Not "kiosk-error": that is the red box of a refused input; this screen is calm.
        addClassName("kiosk-away");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Throwable failure = parameter.getCaughtException();
        databaseAway = DatabaseAway.isCause(failure);
        String detail;
        if (databaseAway) {
            log.warn(
                    "Screen {} not shown, the database is away: {}",
                    event.getLocation().getPath(),
                    rootOf(failure));
            title = getTranslation("databaseAway.title");
            detail = getTranslation("databaseAway.detail");
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Kiosk error {} opening screen {}", id, event.getLocation().getPath(), failure);
            title = getTranslation("databaseAway.error.title");
            detail = getTranslation("error.unexpected", id);
        }
        add(new H1(title));
        Paragraph text = new Paragraph(detail);
        text.setId("kiosk-error-detail");
        add(text);
        if (queuedScanKind().isPresent()) {
            Paragraph scans = new Paragraph(getTranslation("databaseAway.scans"));
            scans.addClassName("kiosk-hint");
            add(scans);
        }
        Anchor back = new Anchor("", getTranslation("databaseAway.back"));
        back.setId("kiosk-error-back");
        back.addClassName("kiosk-away-back");
        add(new Paragraph(back));
        return databaseAway ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /**
     * While the database is away a card scanned here goes to the kiosk's offline queue, as on the attract screen
     * of this kiosk's mode: the page promises that scans still count.
     */
    @Override
    public Optional<ScanKind> queuedScanKind() {
        if (!databaseAway) {
            return Optional.empty();
        }
        return switch (KioskSession.mode()) {
            case EXIT -> Optional.of(ScanKind.CHECK_OUT);
            case EVENT_ROOM -> Optional.empty();
            default -> Optional.of(ScanKind.CHECK_IN);
        };
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    static String rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
