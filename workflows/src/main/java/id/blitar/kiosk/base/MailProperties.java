package id.blitar.kiosk.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the library's e-mails come from and where they go without an SMTP server.
 *
 * @param from the sender of every e-mail (answers, tickets, offers, reminders)
 * @param outboxDir where e-mails are written as .eml files when no SMTP server is configured
 *     ({@code spring.mail.host} empty, as in the embedded default)
 * @param textsDir where the library keeps its own wording of the e-mails ({@code mail_id.properties},
 *     {@code mail_en.properties}, {@code mail_jv.properties}), each text found there replacing the built-in
 *     one; see {@link MailTexts}
 */
@ConfigurationProperties("kiosk.mail")
public record MailProperties(String from, Path outboxDir, Path textsDir) {

    public MailProperties {
        if (from == null || from.isBlank()) {
            from = "perpustakaan@localhost";
        }
        if (outboxDir == null) {
            outboxDir = Path.of("data", "outbox");
        }
        if (textsDir == null) {
            textsDir = Path.of("data", "mail-texts");
        }
    }
}
