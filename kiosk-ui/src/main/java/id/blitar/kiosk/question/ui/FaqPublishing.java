package id.blitar.kiosk.question.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.service.FaqCatalogue;
import id.blitar.kiosk.question.service.WorkResult;
import java.util.List;

/**
 * "Terbitkan ke FAQ": recently answered questions, each publishable to the kiosks' FAQ after staff
 * have edited out whatever identifies the visitor. Nothing is published without that edit step.
 */
class FaqPublishing extends Details {

    private static final int SHOWN = 10;

    private final FaqCatalogue faq;
    private final String user;
    private final Div list = new Div();

    FaqPublishing(FaqCatalogue faq, String user) {
        this.faq = faq;
        this.user = user;
        setId("faq-publish");
        addClassName("faq-publish");
        setSummaryText(getTranslation("worklist.faq"));
        Paragraph hint = new Paragraph(getTranslation("worklist.faq.hint"));
        hint.addClassName("work-hint");
        list.addClassName("faq-candidates");
        add(hint, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Question> answered = faq.recentlyAnswered();
        if (answered.isEmpty()) {
            list.add(new Paragraph(getTranslation("worklist.faq.empty")));
            return;
        }
        for (Question question : answered.stream().limit(SHOWN).toList()) {
            Span topic = new Span(Texts.topic(this, question.getTopic()));
            topic.addClassName("badge");
            Span text = new Span(question.getText());
            text.addClassName("faq-candidate-text");
            Button publish = new Button(getTranslation("worklist.faq.publish"), e -> open(question));
            publish.addClassName("publish-faq");
            Div row = new Div(topic, text, publish);
            row.addClassName("faq-candidate");
            row.getElement().setAttribute("data-question-id", String.valueOf(question.getId()));
            list.add(row);
        }
    }

    private void open(Question source) {
        Dialog dialog = new Dialog();
        dialog.addClassName("work-dialog");
        dialog.setHeaderTitle(getTranslation("worklist.faq.dialog"));
        Paragraph privacy = new Paragraph(getTranslation("worklist.faq.privacy"));
        privacy.addClassName("work-hint");
        Select<Topic> topic = new Select<>();
        topic.setLabel(getTranslation("worklist.faq.topic"));
        topic.setItems(Topic.values());
        topic.setItemLabelGenerator(t -> t == null ? "" : Texts.topic(this, t));
        topic.setValue(source.getTopic());
        TextArea question = new TextArea(getTranslation("worklist.faq.question"));
        question.addClassName("faq-question");
        question.setMaxLength(InputCheck.MAX_QUESTION_LENGTH);
        question.setValue(source.getText());
        question.setWidthFull();
        TextArea answer = new TextArea(getTranslation("worklist.faq.answer"));
        answer.addClassName("faq-answer");
        answer.setMaxLength(InputCheck.MAX_ANSWER_LENGTH);
        answer.setValue(source.getAnswer() == null ? "" : source.getAnswer());
        answer.setWidthFull();
        Span problem = new Span();
        problem.addClassName("work-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Div body = new Div(privacy, topic, question, answer, problem);
        body.addClassName("work-dialog-body");
        dialog.add(body);

        Button publish = new Button(getTranslation("worklist.faq.confirm"));
        publish.addClassName("confirm");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            WorkResult result =
                    faq.publish(topic.getValue(), question.getValue(), answer.getValue(), source.getId(), user);
            if (result instanceof WorkResult.Rejected rejected) {
                problem.setText(getTranslation(rejected.problem()));
                problem.setVisible(true);
                return;
            }
            dialog.close();
            Notification notification =
                    Notification.show(getTranslation("worklist.faq.published"), 5000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        Button cancel = new Button(getTranslation("worklist.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, publish);
        dialog.open();
    }
}
