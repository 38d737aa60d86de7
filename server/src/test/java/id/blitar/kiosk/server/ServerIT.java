package id.blitar.kiosk.server;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.blitar.kiosk.KioskApplication;
import id.blitar.kiosk.base.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port against the MySQL-protocol test database (local MariaDB here,
 * Testcontainers MySQL 8.4 where Docker exists), with the demo data loaded.
 */
@SpringBootTest(
        classes = KioskApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.demo-data.enabled=true",
            "kiosk.kiosk-ui.welcome-seconds=3",
            "kiosk.kiosk-ui.idle-seconds=8",
            "kiosk.kiosk-ui.idle-countdown-seconds=3",
            // Long enough that a browser test can tap again "at once" after the thank-you screen.
            "kiosk.poll.repeat-interval=20s",
            // E-mails of the browser tests (no SMTP server here) stay in the build folder.
            "kiosk.mail.outbox-dir=target/outbox",
            // The browser tests open kiosk screens from this machine without pairing; pairing itself is
            // KioskPairingBrowserIT's subject (it reaches the server by the machine's network address).
            "kiosk.devices.allow-localhost=true",
            // As behind a reverse proxy on this machine: X-Forwarded-Proto from 127.0.0.1 makes a request HTTPS.
            "server.forward-headers-strategy=native"
        })
public abstract class ServerIT {

    @LocalServerPort
    protected int port;

    /** A real SMTP server for the application's e-mails, in this JVM, on a free port. */
    protected static final GreenMail MAIL = startMailServer();

    private static int mailPort;

    private static GreenMail startMailServer() {
        try (ServerSocket free = new ServerSocket(0)) {
            mailPort = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(mailPort, "localhost", "smtp"));
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "kiosk_it_server");
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> mailPort);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
