package id.blitar.kiosk.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the library's e-mails come from and where they go without an SMTP server.
 *
 * @param from the sender of every e-mail (answers, tickets, offers, reminders)
 * @param outboxDir where e-mails are written as .eml files when no SMTP server is configured
 *     ({@code spring.mail.host} empty, as in the embedded default)
 */
@ConfigurationProperties("kiosk.mail")
public record MailProperties(String from, Path outboxDir) {

    public MailProperties {
        if (from == null || from.isBlank()) {
            from = "perpustakaan@localhost";
        }
        if (outboxDir == null) {
            outboxDir = Path.of("data", "outbox");
        }
    }
}
