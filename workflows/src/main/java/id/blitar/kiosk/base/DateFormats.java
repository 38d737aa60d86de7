package id.blitar.kiosk.base;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one home of date and time patterns, for screens, e-mails and reports alike, in the language the reader
 * chose: "Sabtu, 5 Desember, 09.00" (Bahasa Indonesia), "Saturday, 5 December, 09.00" (English), "Ahad, 6
 * Desember, 09.00" (Basa Jawa). Kiosk screens reach it through the kiosk's {@code DateTexts}, which supplies
 * the visitor's language.
 *
 * <p>Day and month names come from the JDK's CLDR data for the chosen locale. For Basa Jawa ({@code jv}) the
 * JDK 17 CLDR data has Latin-script Javanese names: the months are spelled as in Indonesian ("Desember") and
 * the days as Javanese speakers write them in Latin script (Sunday is "Ahad"). Should a JDK ever lack names
 * for a language, it falls back to its root locale (English-like names); this class then uses the Indonesian
 * names instead, which every visitor of the library reads. English puts the day before the month ({@link
 * Locale#UK}), as Indonesians write it. Times are always 24-hour with a dot ("09.00"), as Indonesian signs and
 * the library's opening hours write them, whatever the language (PUEBI, the Indonesian spelling guide).
 */
public final class DateFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");
    private static final DateTimeFormatter DAY_MONTH_TIME = DateTimeFormatter.ofPattern("dd-MM HH.mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private DateFormats() {}

    /** The locale whose day and month names a language uses (see the class comment). */
    public static Locale namesLocale(Locale language) {
        Locale supported = VisitorLanguage.supported(language);
        if (supported.equals(VisitorLanguage.ENGLISH)) {
            return Locale.UK;
        }
        boolean hasOwnNames = !Month.JANUARY
                .getDisplayName(TextStyle.FULL, supported)
                .equals(Month.JANUARY.getDisplayName(TextStyle.FULL, Locale.ROOT));
        return hasOwnNames ? supported : VisitorLanguage.INDONESIAN;
    }

    /** "Sabtu, 5 Desember". */
    public static String day(TemporalAccessor date, Locale language) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM", namesLocale(language))
                .format(date);
    }

    /** "Sabtu, 5 Desember 2026": a day beyond this week, or in a letter. */
    public static String fullDay(TemporalAccessor date, Locale language) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", namesLocale(language))
                .format(date);
    }

    /** "5 Desember 2026": a date in an official report or a letter. */
    public static String longDate(TemporalAccessor date, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", namesLocale(language)).format(date);
    }

    /** "Sabtu": a day of the week. */
    public static String dayName(DayOfWeek day, Locale language) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, namesLocale(language));
    }

    /** "Desember": a month's name on its own. */
    public static String monthName(Month month, Locale language) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, namesLocale(language));
    }

    /** "09.00": 24-hour, hours and minutes. */
    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }

    /** "Sabtu, 5 Desember, 09.00". */
    public static String dayTime(LocalDateTime at, Locale language) {
        return day(at, language) + ", " + time(at);
    }

    /** "Sabtu, 5 Desember 2026, 09.00": in an e-mail, which may be read in another year. */
    public static String fullDayTime(LocalDateTime at, Locale language) {
        return fullDay(at, language) + ", " + time(at);
    }

    /**
     * When something happens: "Sabtu, 5 Desember, 09.00–11.00" for one day; for a span over several days (a
     * series) its start only, the sessions being listed apart.
     */
    public static String when(LocalDateTime start, LocalDateTime end, Locale language) {
        if (end == null || !start.toLocalDate().equals(end.toLocalDate())) {
            return dayTime(start, language);
        }
        return dayTime(start, language) + "\u2013" + time(end);
    }

    /** "30-11-2026": staff screens, numeric and day first, as Indonesian offices write dates. */
    public static String date(TemporalAccessor date) {
        return DATE.format(date);
    }

    /** "30-11-2026 13.22". */
    public static String dateTime(TemporalAccessor at) {
        return DATE_TIME.format(at);
    }

    /** "30-11 13.22": where the year goes without saying (a work item of this week). */
    public static String dayMonthTime(TemporalAccessor at) {
        return DAY_MONTH_TIME.format(at);
    }

    /** "30/11": a chart's day label. */
    public static String dayMonth(TemporalAccessor date) {
        return DAY_MONTH.format(date);
    }

    /** "November 2026": a report period. */
    public static String monthYear(TemporalAccessor month, Locale language) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", namesLocale(language)).format(month);
    }
}
