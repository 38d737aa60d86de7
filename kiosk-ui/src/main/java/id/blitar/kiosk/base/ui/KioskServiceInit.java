package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import elemental.json.Json;
import id.blitar.kiosk.base.DatabaseAway;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per session and per UI set-up: Indonesian by default whatever the browser says, and one error
 * handler that logs the failure under a short id and shows the visitor a friendly message with
 * that id — never a stack trace; while the database is away ({@link DatabaseAway}) a calm "back in a
 * moment" instead, without an id.
 */
@Component
class KioskServiceInit implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KioskServiceInit.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinSession session = init.getSession();
            session.setLocale(KioskI18nProvider.INDONESIAN);
            session.setErrorHandler(error -> {
                UI ui = UI.getCurrent();
                if (DatabaseAway.isCause(error.getThrowable())) {
                    // Not a fault of the application, and nothing was stored (one transaction per action): a calm
                    // word that the service is back in a moment; the log says why, without a stack per touch.
                    log.warn(
                            "Kiosk action not done, the database is away: {}",
                            KioskErrorView.rootOf(error.getThrowable()));
                    if (ui != null) {
                        Notification notification = Notification.show(
                                ui.getTranslation("databaseAway.notice"), 8000, Notification.Position.MIDDLE);
                        notification.addClassName("kiosk-database-away");
                        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                    }
                    return;
                }
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Kiosk error {}", id, error.getThrowable());
                if (ui != null) {
                    Notification notification = Notification.show(
                            ui.getTranslation("error.unexpected", id), 6000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        });
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(KioskSession.locale()));
        // The scan listener in every page's head, not only once a kiosk screen attaches: a kiosk replays its
        // offline queue as soon as a page loads, whatever Vaadin does next. On other pages it stays idle.
        // On a kiosk page it also keeps a scanner's keys typed while the page is still loading.
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .head()
                .appendElement("script")
                .attr("src", KioskLayout.SCAN_SCRIPT)
                .attr("data-kiosk-page", String.valueOf(!isStaffPath(response.getVaadinRequest()))));
        // A kiosk has nobody to click "session expired": it reloads by itself (KioskLayout shows a
        // calm "Menghubungkan kembali…" while the server is away).
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            // Start over at the attract screen, not on the screen a visitor left half-way. A staff page whose
            // idle session ended (its request names the page in Referer) goes to the sign-in instead, and a
            // wall screen nobody touches (the board, the event-room door) comes back as itself: after a node
            // of a cluster went away its session is gone, and nobody is there to open the board again.
            String root = info.getRequest() == null ? "/" : info.getRequest().getContextPath() + "/";
            messages.setSessionExpiredURL(
                    isStaffPage(info.getRequest())
                            ? root + "login"
                            : reloadWhenUp(root + wallScreen(info.getRequest()).orElse("")));
            messages.setInternalErrorNotificationEnabled(false);
            messages.setCookiesDisabledNotificationEnabled(false);
            return messages;
        });
    }

    /**
     * Where Vaadin's client sends a kiosk whose session expired (it assigns this to {@code window.location}
     * at once): a {@code javascript:} URL that lets the scan listener load {@code root} only once the
     * server answers it, so a kiosk never ends on the browser's error page while the server is still away.
     */
    static String reloadWhenUp(String root) {
        String target = Json.create(root).toJson();
        return "javascript:void(window.kioskScan ? window.kioskScan.reloadWhenUp(" + target
                + ") : window.location.assign(" + target + "))";
    }

    /** A page staff use (sign-in, worklist, manager pages), by the path of the page's own request. */
    private static boolean isStaffPath(com.vaadin.flow.server.VaadinRequest request) {
        String path = request == null || request.getPathInfo() == null ? "" : request.getPathInfo();
        return path.startsWith("/staff") || path.startsWith("/manage") || path.startsWith("/login");
    }

    /** The routes of screens that hang on a wall and run unattended: they reload as themselves. */
    static final java.util.List<String> WALL_SCREENS = java.util.List.of("board", "pintu-kegiatan");

    /** The wall screen the request's page is ({@code board}, {@code pintu-kegiatan}), by its Referer. */
    static java.util.Optional<String> wallScreen(com.vaadin.flow.server.VaadinRequest request) {
        return pagePath(request)
                .flatMap(path -> WALL_SCREENS.stream()
                        .filter(route -> path.equals(request.getContextPath() + "/" + route))
                        .findFirst());
    }

    private static boolean isStaffPage(com.vaadin.flow.server.VaadinRequest request) {
        String base = request == null ? "/" : request.getContextPath() + "/";
        return pagePath(request)
                .filter(path -> path.startsWith(base + "staff") || path.startsWith(base + "manage"))
                .isPresent();
    }

    /** The path of the page that sent the request (its Referer), when it names one. */
    private static java.util.Optional<String> pagePath(com.vaadin.flow.server.VaadinRequest request) {
        String referer = request == null ? null : request.getHeader("Referer");
        if (referer == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(new java.net.URI(referer.strip()).getPath());
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
