package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** The outbox without an SMTP server: messages as .eml files, and a data subject's deleted on request. */
class MailerOutboxTest {

    @TempDir
    Path outbox;

    @Test
    void shouldDeleteOnlyTheMessagesAddressedToThePerson() throws Exception {
        Mailer mailer = new Mailer(
                new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties("perpustakaan@example.org", outbox, null),
                new LibraryProperties("Perpustakaan Kota Blitar", ZoneId.of("Asia/Jakarta"), null));
        mailer.send("Sri.Rahayu@example.org", "Jawaban pertanyaan Anda", "Isi", "jawaban-A1");
        mailer.send("sri.rahayu@example.org", "Pengingat kegiatan", "Isi", "pengingat-7");
        mailer.send("budi@example.org", "Pengingat kegiatan", "Isi", "pengingat-8");
        Files.writeString(outbox.resolve("broken.eml"), "not a message at all");

        assertThat(mailer.forget("  sri.rahayu@example.org ")).isEqualTo(2);

        assertThat(outbox.resolve("jawaban-A1.eml")).doesNotExist();
        assertThat(outbox.resolve("pengingat-7.eml")).doesNotExist();
        assertThat(outbox.resolve("pengingat-8.eml")).exists();
        assertThat(outbox.resolve("broken.eml")).exists();
        assertThat(mailer.forget(null)).isZero();
    }
}
