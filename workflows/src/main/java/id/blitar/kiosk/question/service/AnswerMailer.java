package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.question.domain.Question;
import org.springframework.stereotype.Component;

/**
 * Sends a librarian's answer to the visitor's e-mail address (SMTP, or the outbox folder without
 * one; see {@link Mailer}).
 */
@Component
public class AnswerMailer {

    private final Mailer mailer;
    private final QuestionProperties properties;

    AnswerMailer(Mailer mailer, QuestionProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    /** Sends the answer; throws when the mail server refuses, so the engine retries the job. */
    public void send(Question question) {
        String library = mailer.library().name();
        mailer.send(
                question.getEmail(),
                "Jawaban pertanyaan Anda (" + question.reference() + ") \u2014 " + library,
                body(question, library),
                "jawaban-" + question.reference());
    }

    private String body(Question question, String library) {
        StringBuilder text = new StringBuilder();
        text.append("Yth. pengunjung ").append(library).append(",\n\n");
        text.append("Terima kasih atas pertanyaan Anda (")
                .append(question.reference())
                .append("):\n\n");
        question.getText().lines().forEach(l -> text.append("> ").append(l).append('\n'));
        text.append("\nJawaban pustakawan kami:\n\n")
                .append(question.getAnswer())
                .append("\n");
        if (question.getPartnerInstitution() != null) {
            text.append("\nUntuk keperluan ini kami merujuk Anda ke: ")
                    .append(question.getPartnerInstitution())
                    .append(".\n");
        }
        text.append("\nSalam,\n").append(library).append("\n\n");
        text.append("(English: this is the librarian's answer to the question you asked at our kiosk.)\n");
        text.append("Alamat e-mail Anda hanya dipakai untuk jawaban ini dan dihapus ")
                .append(properties.emailRetention().toDays())
                .append(" hari kemudian.\n");
        return text.toString();
    }
}
