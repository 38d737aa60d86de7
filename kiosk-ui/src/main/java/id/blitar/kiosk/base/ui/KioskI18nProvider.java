package id.blitar.kiosk.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import id.blitar.kiosk.base.VisitorLanguage;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text a visitor or librarian sees, from {@code i18n/kiosk_<lang>.properties}: Bahasa Indonesia
 * (the default whatever language the kiosk's browser reports), English and Basa Jawa.
 */
@Component
public class KioskI18nProvider implements I18NProvider {

    public static final Locale INDONESIAN = VisitorLanguage.INDONESIAN;
    public static final Locale ENGLISH = VisitorLanguage.ENGLISH;
    public static final Locale JAVANESE = VisitorLanguage.JAVANESE;
    /** The kiosk's languages, in the order the language buttons show them. */
    public static final List<Locale> LOCALES = VisitorLanguage.ALL;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle("i18n/kiosk", supported, NO_FALLBACK)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            // Visible in screenshots and caught by the translation tests; never a stack trace on a kiosk.
            return "!" + key;
        }
    }

    /** The locale a screen uses: one of the three offered, Indonesian for anything else. */
    public static Locale supported(Locale locale) {
        return VisitorLanguage.supported(locale);
    }
}
