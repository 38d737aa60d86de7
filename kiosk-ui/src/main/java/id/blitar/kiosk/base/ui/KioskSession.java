package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a kiosk browser remembers between screens: its mode (entrance or exit) and the language the
 * current visitor chose. Nothing about the visitor is kept here.
 *
 * <p>The mode is device configuration: it is also kept in a long-lived cookie, so an exit kiosk stays
 * an exit kiosk after a server restart or a new session.
 */
public final class KioskSession {

    private static final String MODE = KioskSession.class.getName() + ".mode";
    private static final String OPTIONS = KioskSession.class.getName() + ".accessibility";
    static final String MODE_COOKIE = "kiosk-mode";

    /** The route where a browser becomes a kiosk device. */
    public static final String PAIR_ROUTE = "pair";
    /** The cookie that carries a paired device's signed token (also read by the kiosk scan replay endpoint). */
    public static final String DEVICE_COOKIE = "kiosk-device";
    /** The query parameter of the page load on which the device cookie is set. */
    public static final String PAIRED_PARAMETER = "paired";
    /** A token waiting for the page load that puts it into the cookie. */
    public static final String PENDING_TOKEN = KioskSession.class.getName() + ".pendingDeviceToken";

    private KioskSession() {}

    public static KioskMode mode() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return KioskMode.ENTRANCE;
        }
        // A paired device's mode is set by the manager who registered it.
        if (session.getAttribute(CurrentKiosk.ATTRIBUTE) instanceof CurrentKiosk kiosk && kiosk.mode() != null) {
            return kiosk.mode();
        }
        if (session.getAttribute(MODE) instanceof KioskMode m) {
            return m;
        }
        KioskMode remembered = modeFromCookie().orElse(KioskMode.ENTRANCE);
        session.setAttribute(MODE, remembered);
        return remembered;
    }

    /**
     * Sets this browser's mode for this session and, through a cookie, for the sessions to come. A
     * paired device ignores it: its mode is part of its registration.
     */
    public static void setMode(KioskMode mode) {
        if (pairedDevice()) {
            return;
        }
        VaadinSession.getCurrent().setAttribute(MODE, mode);
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; max-age=31536000; path=/; SameSite=Strict';",
                        MODE_COOKIE,
                        mode.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The name this kiosk records with every visit, question and poll answer: the paired device's
     * name, or the configured {@code kiosk.kiosk-ui.kiosk-name} for an unpaired kiosk on the server
     * itself. Checked by {@link KioskDeviceGate} on every navigation and at least once a minute.
     *
     * @throws IllegalStateException outside a kiosk screen's session (never on a gated screen)
     */
    public static String kioskName() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(CurrentKiosk.ATTRIBUTE) instanceof CurrentKiosk kiosk) {
            return kiosk.name();
        }
        throw new IllegalStateException("This browser is not a kiosk");
    }

    /** Whether this browser is a paired kiosk device (not an unpaired kiosk on the server itself). */
    public static boolean pairedDevice() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null
                && session.getAttribute(CurrentKiosk.ATTRIBUTE) instanceof CurrentKiosk kiosk
                && kiosk.paired();
    }

    /**
     * Finishes pairing this browser: the token waits in the session for a full page load, which puts
     * it into an HttpOnly cookie and opens the attract screen.
     */
    public static void completePairing(UI ui, String token) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(PENDING_TOKEN, token);
        session.setAttribute(CurrentKiosk.ATTRIBUTE, null);
        session.setAttribute(MODE, null);
        ui.getPage().setLocation(PAIR_ROUTE + "?" + PAIRED_PARAMETER + "=1");
    }

    private static Optional<KioskMode> modeFromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> MODE_COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> KioskMode.fromParameter(c.getValue()));
    }

    public static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        return KioskI18nProvider.supported(session == null ? null : session.getLocale());
    }

    /** Switches the language of this kiosk for the current visitor. */
    public static void setLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(KioskI18nProvider.supported(locale));
    }

    /** The accessibility options the current visitor switched on. */
    public static Set<Accessibility> accessibility() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(OPTIONS) instanceof Accessibility.Options options) {
            return options.set();
        }
        return EnumSet.noneOf(Accessibility.class);
    }

    /** Switches one option on or off for the current visitor; returns whether it is now on. */
    public static boolean toggle(Accessibility option) {
        Set<Accessibility> options = EnumSet.noneOf(Accessibility.class);
        options.addAll(accessibility());
        boolean on = options.add(option) || !options.remove(option);
        VaadinSession.getCurrent().setAttribute(OPTIONS, new Accessibility.Options(options));
        return on;
    }

    /**
     * Ends the current visitor's turn: back to the attract screen, in Bahasa Indonesia and without
     * accessibility options again when the visitor had changed them (a full reload, so every text
     * and style is rebuilt and nothing of the visitor's stays in the page).
     */
    public static void nextVisitor(UI ui) {
        boolean changed = !KioskI18nProvider.INDONESIAN.equals(locale())
                || !accessibility().isEmpty();
        setLocale(KioskI18nProvider.INDONESIAN);
        VaadinSession.getCurrent().setAttribute(OPTIONS, null);
        if (changed) {
            ui.getPage().setLocation(".");
        } else {
            ui.navigate("");
        }
    }
}
