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
        String text = day.format(start) + ", " + time.format(start) + "\u2013";
        return start.toLocalDate().equals(end.toLocalDate())
                ? text + time.format(end)
                : text + day.format(end) + ", " + time.format(end);
    }
}
