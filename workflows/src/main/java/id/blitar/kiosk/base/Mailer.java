package id.blitar.kiosk.base;

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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the library's plain-text e-mails through the configured SMTP server ({@code spring.mail.*}).
 * Without one (the embedded default) each message is written as an .eml file to the outbox folder,
 * where any mail program opens it. Failures throw, so an asynchronous process step retries.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final LibraryProperties library;

    Mailer(ObjectProvider<JavaMailSender> sender, MailProperties properties, LibraryProperties library) {
        this.sender = sender;
        this.properties = properties;
        this.library = library;
    }

    /**
     * @param fileStem names the .eml file when there is no SMTP server (unique per message)
     */
    public void send(String to, String subject, String body, String fileStem) {
        JavaMailSender smtp = sender.getIfAvailable();
        try {
            MimeMessage message =
                    smtp != null ? smtp.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from(), library.name());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            if (smtp != null) {
                smtp.send(message);
            } else {
                Files.createDirectories(properties.outboxDir());
                Path file = properties.outboxDir().resolve(fileStem + ".eml");
                // Written aside and moved into place, so whoever watches the outbox never reads half a message.
                Path partial = properties.outboxDir().resolve(fileStem + ".eml.part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    message.writeTo(out);
                }
                Files.move(
                        partial,
                        file,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                log.info("No SMTP server configured: e-mail written to {}", file.toAbsolutePath());
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not send the e-mail " + fileStem, e);
        }
    }

    /**
     * Deletes the e-mails still waiting in the outbox folder for an address (a data subject's deletion request,
     * UU PDP). Sent e-mails are no longer the library's to delete.
     *
     * @return how many were deleted
     */
    public int forget(String address) {
        Path outbox = properties.outboxDir();
        if (address == null || address.isBlank() || !Files.isDirectory(outbox)) {
            return 0;
        }
        int deleted = 0;
        try (java.util.stream.Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .toList()) {
                if (addressedTo(file, address)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the outbox " + outbox, e);
        }
        return deleted;
    }

    private static boolean addressedTo(Path file, String address) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            jakarta.mail.Address[] to = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
            if (to == null) {
                return false;
            }
            for (jakarta.mail.Address a : to) {
                if (a instanceof jakarta.mail.internet.InternetAddress internet
                        && address.strip().equalsIgnoreCase(internet.getAddress())) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    public LibraryProperties library() {
        return library;
    }
}
