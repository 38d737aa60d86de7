package id.blitar.kiosk.base.ui;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as a visitor reads them on kiosk screens, in the language the visitor chose: "Sabtu,
 * 5 Desember, 09.00" (Bahasa Indonesia), "Saturday, 5 December, 09.00" (English), "Setu…"/"Ahad, 27
 * Desember, 10.00" (Basa Jawa). The one home of kiosk date patterns: screens call this instead of
 * building their own formatters.
 *
 * <p>Day and month names come from the JDK's CLDR data for the chosen locale. For Basa Jawa ({@code
 * jv}) the JDK 17 CLDR data has Latin-script Javanese names: the months are spelled as in Indonesian
 * ("Desember") and the days as Javanese speakers write them in Latin script (Sunday is "Ahad"); the
 * Chromium ICU data agrees. Should a JDK ever lack names for a kiosk language, the JDK itself falls
 * back to its root locale (English-like names); this class then uses the Indonesian names instead,
 * which every visitor of the library reads. Times are always 24-hour with a dot ("09.00"), as
 * Indonesian signs and the library's opening hours write them, whatever the language.
 */
public final class DateTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");
    private static final DateTimeFormatter DAY_MONTH_TIME = DateTimeFormatter.ofPattern("dd-MM HH.mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MONTH_YEAR =
            DateTimeFormatter.ofPattern("MMMM yyyy", KioskI18nProvider.INDONESIAN);

    private DateTexts() {}

    /** The locale whose day and month names a kiosk language uses (see the class comment). */
    public static Locale namesLocale(Locale kioskLanguage) {
        Locale supported = KioskI18nProvider.supported(kioskLanguage);
        if (supported.equals(KioskI18nProvider.ENGLISH)) {
            return Locale.UK; // "Saturday, 5 December": day before month, as Indonesians write it
        }
        boolean hasOwnNames = !Month.JANUARY
                .getDisplayName(TextStyle.FULL, supported)
                .equals(Month.JANUARY.getDisplayName(TextStyle.FULL, Locale.ROOT));
        return hasOwnNames ? supported : KioskI18nProvider.INDONESIAN;
    }

    /** "Sabtu, 5 Desember" in the current visitor's language. */
    public static String day(TemporalAccessor date) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM", namesLocale(KioskSession.locale()))
                .format(date);
    }

    /** "09.00": 24-hour, hours and minutes. */
    public static String time(TemporalAccessor time) {
        return TIME.format(time);
    }

    /** "Sabtu, 5 Desember, 09.00" in the current visitor's language. */
    public static String dayTime(LocalDateTime at) {
        return day(at) + ", " + time(at);
    }

    /**
     * When something happens: "Sabtu, 5 Desember, 09.00–11.00" for one day; for a span over several
     * days (a series) its start only ("Sabtu, 5 Desember, 09.00"), the sessions being listed apart.
     */
    public static String when(LocalDateTime start, LocalDateTime end) {
        if (end == null || !start.toLocalDate().equals(end.toLocalDate())) {
            return dayTime(start);
        }
        return dayTime(start) + "\u2013" + time(end);
    }

    // ----- staff screens: numeric, day first, as Indonesian offices write dates ----------------------

    /** "30-11-2026". */
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

    /** "November 2026": a report period, in Indonesian like the official reports themselves. */
    public static String monthYear(TemporalAccessor month) {
        return MONTH_YEAR.format(month);
    }

    /** The twelve month names, January first, for the kiosk clock in the browser. */
    static List<String> monthNames(Locale kioskLanguage) {
        Locale names = namesLocale(kioskLanguage);
        return Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, names))
                .toList();
    }

    /** The seven day names, Sunday first (as JavaScript counts them), for the kiosk clock. */
    static List<String> dayNames(Locale kioskLanguage) {
        Locale names = namesLocale(kioskLanguage);
        return Arrays.stream(DayOfWeek.values())
                .map(d -> d.plus(6)) // Monday+6 = Sunday first
                .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, names))
                .toList();
    }
}
