package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Date pickers that speak the page's language: month and day names from the JDK's CLDR data for the locale,
 * Monday first (as Indonesian calendars print it), and dates typed the Indonesian way — {@code 17-08-2026},
 * {@code 17/8/2026} or {@code 17.08.2026} — as well as picked.
 */
public final class DatePickers {

    private DatePickers() {}

    /**
     * @param text the page's translations, for the picker's buttons ({@code datePicker.today},
     *     {@code datePicker.cancel})
     */
    public static void localise(DatePicker picker, Locale locale, UnaryOperator<String> text) {
        picker.setI18n(i18n(locale, text));
        picker.setLocale(locale);
        picker.setPlaceholder("dd-mm-yyyy");
    }

    /** As {@link #localise(DatePicker, Locale, UnaryOperator)}, for the date half of a date-time picker. */
    public static void localise(DateTimePicker picker, Locale locale, UnaryOperator<String> text) {
        picker.setDatePickerI18n(i18n(locale, text));
        picker.setLocale(locale);
        picker.setDatePlaceholder("dd-mm-yyyy");
    }

    private static DatePickerI18n i18n(Locale locale, UnaryOperator<String> text) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // DateFormatSymbols index weekdays from 1 (Sunday); the picker wants Sunday at 0.
        i18n.setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(text.apply("datePicker.today"));
        i18n.setCancel(text.apply("datePicker.cancel"));
        i18n.setDateFormats("dd-MM-yyyy", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd");
        return i18n;
    }
}
