package id.blitar.kiosk.device.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import id.blitar.kiosk.base.DatabaseAway;
import id.blitar.kiosk.base.ui.CurrentKiosk;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskMode;
import id.blitar.kiosk.base.ui.KioskScreen;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.KioskUiProperties;
import id.blitar.kiosk.base.ui.LiveUpdates;
import id.blitar.kiosk.device.domain.DeviceMode;
import id.blitar.kiosk.device.domain.KioskDevice;
import id.blitar.kiosk.device.service.DeviceService;
import id.blitar.kiosk.device.service.KioskDeviceRevoked;
import jakarta.servlet.http.Cookie;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Kiosk screens serve paired kiosk devices only. Before every navigation to a kiosk screen (a view in
 * {@link KioskLayout} or marked {@link KioskScreen}) the device cookie is checked against the
 * database, and once a minute while a kiosk screen stays open (a Vaadin poll), so a revoked kiosk
 * stops at once on its next screen and within a minute on a screen nobody touches. Browsers that are
 * not a paired device go to {@code /pair}. A browser on the server itself passes without pairing only
 * where {@code kiosk.devices.allow-localhost} says so (the embedded default).
 *
 * <p>The cookie is set by a request handler on a full page load after pairing, not during the
 * pairing click: the click may travel over the push connection, which has no HTTP response to carry
 * a {@code Set-Cookie}.
 */
@Component
class KioskDeviceGate implements VaadinServiceInitListener {

    private static final Duration RECHECK = Duration.ofMinutes(1);
    private static final int POLL_MILLIS = (int) RECHECK.toMillis();
    private static final String GATED = "kiosk-device-gated";
    // About five years: a kiosk stays paired until a manager revokes it, not until a cookie runs out.
    private static final int COOKIE_MAX_AGE_SECONDS = 5 * 365 * 24 * 60 * 60;

    private final DeviceService devices;
    private final KioskUiProperties settings;
    private final Clock clock;
    private final LiveUpdates live;

    KioskDeviceGate(DeviceService devices, KioskUiProperties settings, Clock clock, LiveUpdates live) {
        this.devices = devices;
        this.settings = settings;
        this.clock = clock;
        this.live = live;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addBeforeEnterListener(this::beforeEnter);
            ui.addAfterNavigationListener(navigation -> afterNavigation(ui, navigation));
            ui.addPollListener(poll -> {
                if (Boolean.TRUE.equals(ComponentUtil.getData(ui, GATED)) && !check()) {
                    ui.navigate(KioskSession.PAIR_ROUTE);
                }
            });
            // A revocation on any node closes this kiosk's screens at once, not at the next minute's poll.
            Registration revocations = live.listen(ui, KioskDeviceRevoked.class, revoked -> {
                if (Boolean.TRUE.equals(ComponentUtil.getData(ui, GATED))
                        && ui.getSession().getAttribute(CurrentKiosk.ATTRIBUTE) instanceof CurrentKiosk known
                        && known.deviceId() != null
                        && known.deviceId() == revoked.deviceId()) {
                    ui.getSession().setAttribute(CurrentKiosk.ATTRIBUTE, null);
                    ui.navigate(KioskSession.PAIR_ROUTE);
                }
            });
            ui.addDetachListener(detach -> revocations.remove());
        });
        event.addRequestHandler(new DeviceCookieHandler());
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (isKioskScreen(event.getNavigationTarget()) && !check()) {
            event.forwardTo(KioskSession.PAIR_ROUTE);
        }
    }

    private void afterNavigation(UI ui, AfterNavigationEvent event) {
        boolean gated = !event.getActiveChain().isEmpty()
                && isKioskScreen(event.getActiveChain().get(0).getClass());
        ComponentUtil.setData(ui, GATED, gated);
        // Keep a shorter poll a view set for itself (the board refreshes every 30 s).
        if (gated && (ui.getPollInterval() <= 0 || ui.getPollInterval() > POLL_MILLIS)) {
            ui.setPollInterval(POLL_MILLIS);
        }
    }

    static boolean isKioskScreen(Class<?> target) {
        if (target.isAnnotationPresent(KioskScreen.class)) {
            return true;
        }
        Route route = target.getAnnotation(Route.class);
        return route != null && route.layout() == KioskLayout.class && !KioskSession.PAIR_ROUTE.equals(route.value());
    }

    /** Decides which kiosk this browser is, and remembers it in the session; false when none. */
    private boolean check() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        Instant now = clock.instant();
        Optional<KioskDevice> device;
        try {
            device = deviceCookie(request).flatMap(devices::deviceForToken);
        } catch (RuntimeException e) {
            if (DatabaseAway.isCause(e)
                    && session.getAttribute(CurrentKiosk.ATTRIBUTE) instanceof CurrentKiosk known
                    && known.deviceId() != null) {
                // The database is away: this session's device was checked before, and stays the kiosk it was
                // (its scans go to the offline queue; a revocation takes effect once the database is back).
                return true;
            }
            throw e;
        }
        if (device.isPresent()) {
            KioskDevice d = device.get();
            Instant touchedAt = null;
            if (session.getAttribute(CurrentKiosk.ATTRIBUTE) instanceof CurrentKiosk previous
                    && d.getId().equals(previous.deviceId())
                    && previous.touchedAt() != null
                    && previous.touchedAt().isAfter(now.minus(RECHECK))) {
                touchedAt = previous.touchedAt();
            }
            if (touchedAt == null) {
                devices.touch(d.getId());
                touchedAt = now;
            }
            session.setAttribute(
                    CurrentKiosk.ATTRIBUTE,
                    new CurrentKiosk(d.getId(), d.getName(), mode(d.getMode()), now, touchedAt));
            return true;
        }
        if (devices.allowsLocalhost() && fromThisMachine(request)) {
            session.setAttribute(CurrentKiosk.ATTRIBUTE, new CurrentKiosk(null, settings.kioskName(), null, now, null));
            return true;
        }
        session.setAttribute(CurrentKiosk.ATTRIBUTE, null);
        return false;
    }

    private static KioskMode mode(DeviceMode mode) {
        return switch (mode) {
            case EXIT -> KioskMode.EXIT;
            case REFERENCE -> KioskMode.REFERENCE;
            case EVENT_ROOM -> KioskMode.EVENT_ROOM;
            case ENTRANCE -> KioskMode.ENTRANCE;
        };
    }

    private static Optional<String> deviceCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> KioskSession.DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    private static boolean fromThisMachine(VaadinRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        if (address == null) {
            return false;
        }
        try {
            // An address literal: no name lookup happens.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Sets the device cookie on the page load that follows a pairing, then opens the attract screen. */
    private static final class DeviceCookieHandler extends SynchronizedRequestHandler {

        @Override
        protected boolean canHandleRequest(VaadinRequest request) {
            return "GET".equals(request.getMethod()) && request.getParameter(KioskSession.PAIRED_PARAMETER) != null;
        }

        @Override
        public boolean synchronizedHandleRequest(
                VaadinSession session, VaadinRequest request, VaadinResponse response) {
            if (!(session.getAttribute(KioskSession.PENDING_TOKEN) instanceof String token)) {
                return false;
            }
            session.setAttribute(KioskSession.PENDING_TOKEN, null);
            Cookie cookie = new Cookie(KioskSession.DEVICE_COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(COOKIE_MAX_AGE_SECONDS);
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
            response.setStatus(303);
            response.setHeader("Location", request.getContextPath() + "/");
            response.setHeader("Cache-Control", "no-store");
            return true;
        }
    }
}
