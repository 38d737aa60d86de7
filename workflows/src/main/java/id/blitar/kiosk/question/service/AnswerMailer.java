package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.MailTexts;
import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.question.domain.Question;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sends a librarian's answer to the visitor's e-mail address (SMTP, or the outbox folder without
 * one; see {@link Mailer}), in the language the visitor asked in ({@link MailTexts}, {@code answer.*}).
 */
@Component
public class AnswerMailer {

    private final Mailer mailer;
    private final MailTexts texts;
    private final QuestionProperties properties;

    AnswerMailer(Mailer mailer, MailTexts texts, QuestionProperties properties) {
        this.mailer = mailer;
        this.texts = texts;
        this.properties = properties;
    }

    /** Sends the answer; throws when the mail server refuses, so the engine retries the job. */
    public void send(Question question) {
        Locale language = question.getVisitorLanguage();
        String quoted = question.getText().lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
        String referral = question.getPartnerInstitution() == null
                ? ""
                : texts.text("answer.partner", language, question.getPartnerInstitution());
        MailTexts.Mail mail =
                texts.compose("answer", language, null, new Object[] {question.reference()}, new Object[] {
                    question.reference(),
                    quoted,
                    question.getAnswer(),
                    referral,
                    String.valueOf(properties.emailRetention().toDays())
                });
        mailer.send(question.getEmail(), mail.subject(), mail.body(), "jawaban-" + question.reference());
    }
}
