package id.blitar.kiosk.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.KioskApplication;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.server.browser.AttractViewElement;
import id.blitar.kiosk.server.browser.Browser;
import id.blitar.kiosk.server.browser.CheckInViewElement;
import id.blitar.kiosk.server.browser.GuestViewElement;
import id.blitar.kiosk.server.browser.KioskFrameElement;
import id.blitar.kiosk.server.browser.ScannerEmulator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real database outage under a running application and a real Chromium kiosk at 1080×1920: the test's own
 * MariaDB server ({@link OwnMariaDb}) is killed, four members scan their cards at the entrance kiosk while it is
 * away, a visitor opens "Tanya pustakawan" meanwhile, a fifth member scans on that screen, and the same server
 * starts again on the same data. Every
 * scan becomes exactly one visit with the time it was scanned, each visitor read "Tercatat", the other journey
 * showed a calm message, and the kiosk is back on its attract screen by itself, with no restart of the
 * application. A guest form sent just after the database went away says, calmly, that nothing was stored, and
 * nothing was. Screenshots {@code 149-…} to {@code 154-…}.
 */
class DatabaseOutageBrowserIT {

    /** Scan time (kiosk clock) to the visit's recorded time: the database keeps whole seconds. */
    private static final Duration TOLERANCE = Duration.ofMillis(1500);

    private static final List<String> NAMES =
            List.of("Bagus Prasetyo", "Citra Maharani", "Eko Saputra", "Fitri Handayani", "Hendra Gunawan");

    @Test
    void shouldKeepEveryScanThroughADatabaseOutageAndRecoverByItself() throws Exception {
        Path folder = Path.of("target", "database-outage").toAbsolutePath();
        try (OwnMariaDb db = OwnMariaDb.installAndStart(folder.resolve("mariadb"));
                ConfigurableApplicationContext app = new SpringApplicationBuilder(KioskApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.profiles.active=mysql",
                                "--spring.datasource.url=" + db.url("kiosk_outage"),
                                "--spring.datasource.username=root",
                                "--spring.datasource.password=",
                                "--camunda.bpm.process-engine-name=databaseOutageIT",
                                // Cockpit keeps its engine lookup in a JVM-wide singleton (see ScanReplayH2IT).
                                "--camunda.bpm.webapp.enabled=false",
                                "--kiosk.devices.allow-localhost=true",
                                "--kiosk.demo-data.enabled=false",
                                "--kiosk.kiosk-ui.welcome-seconds=3",
                                "--KIOSK_DATA_DIR=" + folder.resolve("data"),
                                "--kiosk.mail.outbox-dir=" + folder.resolve("outbox"));
                Browser browser = new Browser(1080, 1920)) {
            System.out.println("Database outage test on " + db.description());
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            MemberService members = app.getBean(MemberService.class);
            ZoneId zone = app.getBean(java.time.Clock.class).getZone();
            List<String> cards = new ArrayList<>();
            for (int i = 0; i < NAMES.size(); i++) {
                String card = "KPB-26" + String.format("%02d", i);
                members.register(
                        card,
                        NAMES.get(i),
                        "Umum",
                        AgeGroup.ADULT,
                        null,
                        null,
                        LocalDate.now().plusYears(1));
                cards.add(card);
            }
            new AttractViewElement(browser).open("http://localhost:" + port, "entrance");
            KioskFrameElement frame = new KioskFrameElement(browser);
            ScannerEmulator scanner = new ScannerEmulator(browser, 26);
            // A guest fills in the form while the database still runs, and sends it just after it went away.
            GuestViewElement guest = new AttractViewElement(browser).checkIn().asGuest();
            guest.choose("age-group", "elderly").choose("purpose", "reading").choose("origin", "regency");
            guest.consent();
            long guestVisitsBefore = guestVisits(db);

            db.kill();
            Instant killedAt = Instant.now();
            guest.submit();
            String notice = guest.notice();
            browser.screenshot("149-database-away-guest-form");
            assertThat(notice)
                    .contains("Layanan sedang tidak tersedia untuk sementara")
                    .contains("Tidak ada yang tersimpan")
                    .doesNotContain("kode");

            List<Instant> scannedAt = new ArrayList<>();
            // Four members scan at the check-in screen.
            new CheckInViewElement(browser).open("http://localhost:" + port);
            for (int i = 0; i < cards.size() - 1; i++) {
                scanNoted(browser, scanner, cards.get(i), scannedAt, i == 0 ? "150-database-away-scan-noted" : null);
            }

            // Another journey during the outage ("Tanya pustakawan" reads the FAQ): a calm message, not an error.
            browser.open("http://localhost:" + port + "/ask");
            frame.waitForError();
            String ask = browser.pageText();
            browser.screenshot("151-database-away-ask");
            assertThat(ask)
                    .contains("Sebentar lagi siap kembali")
                    .contains("Kios akan siap kembali dengan sendirinya")
                    .contains("Kartu anggota tetap bisa dipindai")
                    .doesNotContain("Exception")
                    .doesNotContain("kode");
            // The page says scans still count: the fifth member scans here.
            scanNoted(browser, scanner, cards.get(cards.size() - 1), scannedAt, "152-database-away-ask-scan-noted");
            Awaitility.await("five scans in the kiosk's queue")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> queued(browser) == cards.size());
            // The kiosk's connection check covers the screen until the server can serve again.
            frame.waitForReconnecting("Menghubungkan kembali");
            browser.screenshot("153-database-away-reconnecting");

            db.start();
            Instant backAt = Instant.now();
            Awaitility.await("the queue replayed")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> queued(browser) == 0 && visits(db, cards).size() >= cards.size());
            double replaySeconds = Duration.between(backAt, Instant.now()).toMillis() / 1000.0;
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> new AttractViewElement(browser).isShown() && !frame.isReconnecting());
            browser.screenshot("154-database-back-attract");

            assertThat(guestVisits(db))
                    .as("the guest's form sent during the outage stored nothing")
                    .isEqualTo(guestVisitsBefore);
            Map<String, List<LocalDateTime>> byCard = visits(db, cards);
            assertThat(byCard).as("one visit per member").hasSize(cards.size());
            for (int i = 0; i < cards.size(); i++) {
                List<LocalDateTime> visits = byCard.get(cards.get(i));
                assertThat(visits).as("visits of %s", cards.get(i)).hasSize(1);
                LocalDateTime expected = LocalDateTime.ofInstant(scannedAt.get(i), zone);
                assertThat(Duration.between(expected, visits.get(0)).abs())
                        .as("%s checked in at the scan's time %s", cards.get(i), expected)
                        .isLessThanOrEqualTo(TOLERANCE);
            }
            System.out.printf(
                    "Database outage: %d scans while the database was away (%.0f s), %d visits once each with their"
                            + " scan times; queue empty %.1f s after the database came back%n",
                    cards.size(), Duration.between(killedAt, backAt).toMillis() / 1000.0, byCard.size(), replaySeconds);
        }
    }

    private static long guestVisits(OwnMariaDb db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url("kiosk_outage"), "root", "");
                PreparedStatement count = c.prepareStatement("select count(*) from visit where member_id is null");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Check-in times of the cards' visits, read from the database itself. */
    private static Map<String, List<LocalDateTime>> visits(OwnMariaDb db, List<String> cards) throws Exception {
        Map<String, List<LocalDateTime>> found = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(db.url("kiosk_outage"), "root", "");
                PreparedStatement select = c.prepareStatement("select m.card_number, v.checked_in_at from visit v"
                        + " join member m on m.id = v.member_id order by v.checked_in_at")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String card = rows.getString(1);
                    LocalDateTime at = rows.getObject(2, LocalDateTime.class);
                    if (cards.contains(card)) {
                        found.computeIfAbsent(card, k -> new ArrayList<>()).add(at);
                    }
                }
            }
        }
        return found;
    }

    /** One member scans; the kiosk shows "Tercatat", which is then taken off so the next scan must bring it up. */
    private static void scanNoted(
            Browser browser, ScannerEmulator scanner, String card, List<Instant> scannedAt, String screenshot) {
        scannedAt.add(Instant.ofEpochMilli(pageClock(browser)));
        scanner.scan(card);
        KioskFrameElement frame = new KioskFrameElement(browser);
        frame.waitForScanNoted(Duration.ofSeconds(15));
        assertThat(frame.scanNoted())
                .contains("Tercatat.")
                .contains("Kunjungan Anda akan disimpan begitu sambungan kembali");
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        frame.removeScanNoted();
    }

    private static long pageClock(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return Date.now();")).longValue();
    }

    private static int queued(Browser browser) {
        Object size = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.kioskScan.queue().then(q => done(q.length), e => done(-1));
                """);
        return ((Number) size).intValue();
    }
}
