package id.blitar.kiosk.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.blitar.kiosk.poll.domain.Mood;
import java.util.Locale;
import java.util.function.Consumer;

/** "Bagaimana kunjungan Anda hari ini?" with four large faces, no neutral one. One tap answers. */
public class MoodButtons extends Div {

    public MoodButtons(Consumer<Mood> onTap) {
        setId("poll");
        addClassName("kiosk-poll");
        H2 title = new H2(getTranslation("poll.title"));
        title.setId("poll-title");
        Paragraph hint = new Paragraph(getTranslation("poll.hint"));
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
            faces.add(button);
        }
        add(title, hint, faces);
    }
}
