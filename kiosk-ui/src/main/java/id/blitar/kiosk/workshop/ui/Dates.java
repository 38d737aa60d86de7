package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.Component;
import id.blitar.kiosk.base.ui.KioskSession;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of workshops as visitors read them ("Sabtu, 5 Desember, 09.00–11.00"). */
final class Dates {

    private Dates() {}

    static String when(Component c, LocalDateTime start, LocalDateTime end) {
        // Javanese speakers read the Indonesian day and month names (the JDK has no Javanese ones).
        Locale locale = KioskSession.locale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("id");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH.mm");
        // A series spans days: its first meeting is what a visitor needs; the number of meetings is shown
        // next to it and every session in the details.
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return day.format(start) + ", " + time.format(start);
        }
        return day.format(start) + ", " + time.format(start) + "\u2013" + time.format(end);
    }
}
