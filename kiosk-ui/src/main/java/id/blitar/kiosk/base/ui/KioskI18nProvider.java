package id.blitar.kiosk.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text a visitor or librarian sees, from {@code i18n/kiosk_<lang>.properties}. Bahasa Indonesia
 * comes first and is the default whatever language the kiosk's browser reports.
 */
@Component
public class KioskI18nProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(INDONESIAN, ENGLISH);
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

    /** The locale a screen uses for the given request: Indonesian unless English was chosen. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }
}
