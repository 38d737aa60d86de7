package id.blitar.kiosk.base.ui;

import id.blitar.kiosk.base.DateFormats;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times on kiosk and staff screens, in the language the visitor chose (see {@link
 * KioskSession#locale()}): the screens' door to {@link DateFormats}, the one home of date patterns. Screens
 * call this instead of building their own formatters.
 */
public final class DateTexts {

    private DateTexts() {}

    /** The locale whose day and month names a kiosk language uses (see {@link DateFormats}). */
    public static Locale namesLocale(Locale kioskLanguage) {
        return DateFormats.namesLocale(kioskLanguage);
    }

    /** "Sabtu, 5 Desember" in the current visitor's language. */
    public static String day(TemporalAccessor date) {
        return DateFormats.day(date, KioskSession.locale());
    }

    /** "Sabtu, 5 Desember 2026" in the current visitor's language. */
    public static String fullDay(TemporalAccessor date) {
        return DateFormats.fullDay(date, KioskSession.locale());
    }

    /** "Sabtu" in the current visitor's language. */
    public static String dayName(DayOfWeek day) {
        return DateFormats.dayName(day, KioskSession.locale());
    }

    /** "09.00": 24-hour, hours and minutes. */
    public static String time(TemporalAccessor time) {
        return DateFormats.time(time);
    }

    /** "Sabtu, 5 Desember, 09.00" in the current visitor's language. */
    public static String dayTime(LocalDateTime at) {
        return DateFormats.dayTime(at, KioskSession.locale());
    }

    /**
     * When something happens: "Sabtu, 5 Desember, 09.00–11.00" for one day; for a span over several
     * days (a series) its start only ("Sabtu, 5 Desember, 09.00"), the sessions being listed apart.
     */
    public static String when(LocalDateTime start, LocalDateTime end) {
        return DateFormats.when(start, end, KioskSession.locale());
    }

    // ----- staff screens: numeric, day first, as Indonesian offices write dates ----------------------

    /** "30-11-2026". */
    public static String date(TemporalAccessor date) {
        return DateFormats.date(date);
    }

    /** "30-11-2026 13.22". */
    public static String dateTime(TemporalAccessor at) {
        return DateFormats.dateTime(at);
    }

    /** "30-11 13.22": where the year goes without saying (a work item of this week). */
    public static String dayMonthTime(TemporalAccessor at) {
        return DateFormats.dayMonthTime(at);
    }

    /** "30/11": a chart's day label. */
    public static String dayMonth(TemporalAccessor date) {
        return DateFormats.dayMonth(date);
    }

    /** "November 2026": a report period, in Indonesian like the official reports themselves. */
    public static String monthYear(TemporalAccessor month) {
        return DateFormats.monthYear(month, KioskI18nProvider.INDONESIAN);
    }

    /** The twelve month names, January first, for the kiosk clock in the browser. */
    static List<String> monthNames(Locale kioskLanguage) {
        return Arrays.stream(Month.values())
                .map(m -> DateFormats.monthName(m, kioskLanguage))
                .toList();
    }

    /** The seven day names, Sunday first (as JavaScript counts them), for the kiosk clock. */
    static List<String> dayNames(Locale kioskLanguage) {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> d.plus(6)) // Monday+6 = Sunday first
                .map(d -> DateFormats.dayName(d, kioskLanguage))
                .toList();
    }
}
