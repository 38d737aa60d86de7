package id.blitar.kiosk.base;

import java.util.List;
import java.util.Locale;

/**
 * The languages a visitor can choose at a kiosk: Bahasa Indonesia (the default), English and Basa Jawa. A
 * visitor's choice is stored with what they leave behind (a question, a registration, a data request) as its
 * {@link #tag(Locale) tag}, so that the e-mails that follow are written in the same language.
 */
public final class VisitorLanguage {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale JAVANESE = Locale.forLanguageTag("jv");
    /** The kiosk's languages, in the order the language buttons show them. */
    public static final List<Locale> ALL = List.of(INDONESIAN, ENGLISH, JAVANESE);

    /** The longest stored tag ({@code id}, {@code en}, {@code jv}): the width of the language columns. */
    public static final int MAX_TAG = 5;

    private VisitorLanguage() {}

    /** One of the three offered languages; Indonesian for {@code null} or anything else. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return INDONESIAN;
        }
        return ALL.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(INDONESIAN);
    }

    /** The stored form of a language: {@code id}, {@code en} or {@code jv}. */
    public static String tag(Locale locale) {
        return supported(locale).getLanguage();
    }

    /** The language a stored tag names; Indonesian for {@code null} (rows from before languages were stored). */
    public static Locale of(String tag) {
        return tag == null ? INDONESIAN : supported(Locale.forLanguageTag(tag));
    }
}
