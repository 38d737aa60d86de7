package id.blitar.kiosk.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.blitar.kiosk.poll.domain.Mood;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** "Bagaimana kunjungan Anda hari ini?" with four large faces, no neutral one. One tap answers. */
public class MoodButtons extends Div {

    private final Map<Mood, Button> buttons = new EnumMap<>(Mood.class);

    public MoodButtons(Consumer<Mood> onTap) {
        this("poll.title", "poll.hint", onTap);
    }

    /** The faces under another question and hint, e.g. about a workshop rather than the visit. */
    public MoodButtons(String titleKey, String hintKey, Consumer<Mood> onTap) {
        setId("poll");
        addClassName("kiosk-poll");
        H2 title = new H2(getTranslation(titleKey));
        title.setId("poll-title");
        Paragraph hint = new Paragraph(getTranslation(hintKey));
        hint.addClassName("kiosk-hint");
        Div faces = new Div();
        faces.addClassName("kiosk-moods");
        faces.getElement().setAttribute("role", "group");
        faces.getElement().setAttribute("aria-labelledby", "poll-title");
        for (Mood mood : Mood.values()) {
            String code = mood.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Image face = new Image("icons/mood-" + code + ".svg", "");
            face.addClassName("kiosk-mood-face");
            face.getElement().setAttribute("aria-hidden", "true");
            // Face above its words, both inside the button's label, so the words never get cut.
            Span words = new Span(getTranslation("mood." + mood.name()));
            Div inner = new Div(face, words);
            inner.addClassName("kiosk-mood-inner");
            Button button = new Button();
            button.getElement().appendChild(inner.getElement());
            button.setId("mood-" + code);
            button.addClassNames("kiosk-mood", "kiosk-mood-" + code);
            button.addClickListener(e -> onTap.accept(mood));
            buttons.put(mood, button);
            faces.add(button);
        }
        add(title, hint, faces);
    }

    /** Shows a face as chosen, where the answer is sent with a separate button (a phone, not the kiosk). */
    public void select(Mood chosen) {
        buttons.forEach((mood, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(mood == chosen));
            button.setClassName("kiosk-mood-selected", mood == chosen);
        });
    }
}
