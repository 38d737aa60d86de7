package id.blitar.kiosk.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * What a kiosk browser remembers between screens: its mode (entrance or exit) and the language the
 * current visitor chose. Nothing about the visitor is kept here.
 */
public final class KioskSession {

    private static final String MODE = KioskSession.class.getName() + ".mode";

    private KioskSession() {}

    public static KioskMode mode() {
        VaadinSession session = VaadinSession.getCurrent();
        Object mode = session == null ? null : session.getAttribute(MODE);
        return mode instanceof KioskMode m ? m : KioskMode.ENTRANCE;
    }

    public static void setMode(KioskMode mode) {
        VaadinSession.getCurrent().setAttribute(MODE, mode);
    }

    public static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        return KioskI18nProvider.supported(session == null ? null : session.getLocale());
    }

    /** Switches the language of this kiosk for the current visitor. */
    public static void setLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(KioskI18nProvider.supported(locale));
    }
}
