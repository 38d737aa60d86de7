package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.question.domain.Question;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a librarian's answer to the visitor's e-mail address through the configured SMTP server
 * ({@code spring.mail.*}). Without one (the embedded default) the message is written as an .eml file
 * to the outbox folder instead, where it can be opened with any mail program.
 */
@Component
public class AnswerMailer {

    private static final Logger log = LoggerFactory.getLogger(AnswerMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final QuestionProperties properties;
    private final LibraryProperties library;

    AnswerMailer(ObjectProvider<JavaMailSender> sender, QuestionProperties properties, LibraryProperties library) {
        this.sender = sender;
        this.properties = properties;
        this.library = library;
    }

    /** Sends the answer; throws when the mail server refuses, so the engine retries the job. */
    public void send(Question question) {
        JavaMailSender smtp = sender.getIfAvailable();
        try {
            MimeMessage message =
                    smtp != null ? smtp.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom(), library.name());
            helper.setTo(question.getEmail());
            helper.setSubject("Jawaban pertanyaan Anda (" + question.reference() + ") — " + library.name());
            helper.setText(body(question));
            if (smtp != null) {
                smtp.send(message);
            } else {
                writeToOutbox(question, message);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not send the answer to question " + question.getId(), e);
        }
    }

    private String body(Question question) {
        StringBuilder text = new StringBuilder();
        text.append("Yth. pengunjung ").append(library.name()).append(",\n\n");
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
        text.append("\nSalam,\n").append(library.name()).append("\n\n");
        text.append("(English: this is the librarian's answer to the question you asked at our kiosk.)\n");
        text.append("Alamat e-mail Anda hanya dipakai untuk jawaban ini dan dihapus ")
                .append(properties.emailRetention().toDays())
                .append(" hari kemudian.\n");
        return text.toString();
    }

    private void writeToOutbox(Question question, MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(properties.outboxDir());
        Path file = properties.outboxDir().resolve("jawaban-" + question.reference() + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        log.info(
                "No SMTP server configured: answer to question {} written to {}",
                question.getId(),
                file.toAbsolutePath());
    }
}
