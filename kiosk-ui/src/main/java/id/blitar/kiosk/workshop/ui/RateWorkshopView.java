package id.blitar.kiosk.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.ui.MoodButtons;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.process.WorkshopRating;
import java.util.List;
import java.util.Optional;

/**
 * Rating a workshop on the visitor's phone, from the link in the invitation e-mail: the four faces,
 * an optional comment typed on the phone's own keyboard, and "Kirim". A link works once; an unknown
 * or used one gets a friendly word instead of a form.
 */
@Route("nilai-kegiatan")
@AnonymousAllowed
public class RateWorkshopView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final WorkshopRating rating;
    private final LibraryProperties library;
    private Mood mood;

    RateWorkshopView(WorkshopRating rating, LibraryProperties library) {
        this.rating = rating;
        this.library = library;
        setId("rate");
        addClassName("rate");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        Optional<Workshop> workshop = rating.toRate(token);
        if (workshop.isPresent()) {
            showForm(token, workshop.get());
        } else {
            showGone();
        }
    }

    private void showForm(String token, Workshop workshop) {
        removeAll();
        mood = null;
        Paragraph title = new Paragraph(workshop.getTitle());
        title.setId("rate-workshop");
        title.addClassName("rate-workshop");
        Paragraph when =
                new Paragraph(ProgrammeView.dateTime(workshop.getStartsAt()) + " \u00b7 " + workshop.getRoom());
        when.addClassName("rate-when");

        TextArea comment = new TextArea(getTranslation("rate.comment"));
        comment.setId("rate-comment");
        comment.setMaxLength(InputCheck.MAX_QUESTION_LENGTH);
        comment.setWidthFull();
        Span problem = new Span();
        problem.setId("rate-problem");
        problem.addClassName("rate-problem");
        problem.getElement().setAttribute("role", "alert");
        Button send = new Button(getTranslation("rate.send"));
        send.setId("rate-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setWidthFull();
        send.addClickListener(e -> {
            List<String> problems = rating.rate(token, mood, comment.getValue());
            if (problems.isEmpty()) {
                showThanks();
            } else if (problems.contains("error.rate.link")) {
                showGone();
            } else {
                problem.setText(String.join(
                        " ", problems.stream().map(this::getTranslation).toList()));
            }
        });
        // On a phone the face is only chosen; "Kirim" sends it with the comment.
        MoodButtons[] faces = new MoodButtons[1];
        faces[0] = new MoodButtons("rate.question", "rate.hint", chosen -> {
            mood = chosen;
            faces[0].select(chosen);
            problem.setText("");
        });
        add(header(), new H1(getTranslation("rate.title")), title, when, faces[0], comment, problem, send);
        Paragraph privacy = new Paragraph(getTranslation("rate.privacy"));
        privacy.addClassName("rate-note");
        add(privacy);
    }

    private void showThanks() {
        removeAll();
        H1 thanks = new H1(getTranslation("rate.thanks.title"));
        thanks.setId("rate-thanks");
        add(header(), thanks, new Paragraph(getTranslation("rate.thanks.text")));
    }

    private void showGone() {
        removeAll();
        H1 gone = new H1(getTranslation("rate.gone.title"));
        gone.setId("rate-gone");
        add(header(), gone, new Paragraph(getTranslation("rate.gone.text")));
    }

    private Div header() {
        Div header = new Div(new Span(library.name()));
        header.addClassName("rate-header");
        return header;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rate.title") + " \u2014 " + library.name();
    }
}
