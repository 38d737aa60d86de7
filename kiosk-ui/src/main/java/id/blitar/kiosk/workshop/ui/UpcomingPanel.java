package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.Rotation;
import id.blitar.kiosk.workshop.domain.Workshop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The next workshops on the attract screen, one at a time, changing every few seconds: what, when,
 * and how many seats are left.
 */
public class UpcomingPanel extends Div {

    private UpcomingPanel(List<Workshop> workshops) {
        setId("upcoming-events");
        addClassName("kiosk-events");
        add(new H2(getTranslation("attract.events")));
        List<Div> items = new ArrayList<>();
        for (Workshop w : workshops) {
            Div item = new Div();
            item.addClassName("kiosk-event");
            Span title = new Span(w.getTitle());
            title.addClassName("kiosk-event-title");
            Paragraph when = new Paragraph(DateTexts.when(w.getStartsAt(), w.getEndsAt()) + " \u00b7 " + w.getRoom());
            Paragraph seats = new Paragraph(
                    w.seatsLeft() > 0
                            ? getTranslation("workshops.seatsLeft", w.seatsLeft(), w.getCapacity())
                            : getTranslation("workshops.fullWaitlist"));
            item.add(title, when, seats);
            items.add(item);
            add(item);
        }
        Rotation.of(this, items);
    }

    /** The next workshops of the public programme (at most five), or nothing when there are none. */
    public static Optional<UpcomingPanel> of(List<Workshop> publicProgramme) {
        List<Workshop> shown = publicProgramme.stream().limit(5).toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(new UpcomingPanel(shown));
    }
}
