package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.domain.VisitRepository;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The kiosk's offline scan queue in real Chromium at 1080×1920: the kiosk's network drops for 30 s
 * (a relay between browser and server that swallows everything, like a failed Wi-Fi), members keep
 * scanning, each reads "Tercatat…", and when the network is back every scan becomes one visit with
 * the time it was scanned — also when the same queue is replayed once more. The exit kiosk's
 * check-outs the same way. Screenshots {@code 140-…} to {@code 143-…}.
 */
class OfflineScanQueueBrowserIT extends ServerIT {

    /**
     * How long the network is cut, and how many members scan across the cut: 30 s and 10 in the build;
     * {@code bench/faults/offline.sh} sets other figures ({@code -Dkiosk.offline.cut=300 -Dkiosk.offline.scans=20}).
     */
    private static final Duration CUT = Duration.ofSeconds(Long.getLong("kiosk.offline.cut", 30));

    private static final int SCANS = Integer.getInteger("kiosk.offline.scans", 10);

    /** Scan time (kiosk clock) to the visit's recorded time: the database keeps whole seconds. */
    private static final Duration TOLERANCE = Duration.ofMillis(1500);

    private static final List<String> NAMES = List.of(
            "Ahmad Fauzi",
            "Dewi Lestari",
            "Gilang Ramadhan",
            "Intan Permata",
            "Krisna Wardana",
            "Laila Nurhayati",
            "Made Sudarsana",
            "Novi Andriani",
            "Purnomo Hadi",
            "Rina Marlina");

    @Autowired
    MemberService members;

    @Autowired
    VisitRepository visits;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    LibraryProperties library;

    @Test
    void shouldKeepTenScansAcrossAThirtySecondCutAndRecordEachOnceWithItsScanTime() throws Exception {
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < Math.min(SCANS, 100); i++) {
            String name = i < NAMES.size() ? NAMES.get(i) : "Pengunjung " + NAMES.get(i % NAMES.size());
            cards.add(member("KPB-24" + String.format("%02d", i), name));
        }
        // The scans spread over the cut, the last a few seconds before the network is back.
        long gapMillis = Math.max(1000, (CUT.toMillis() - 5000) / cards.size());
        try (KioskNetwork network = new KioskNetwork(port);
                Browser browser = new Browser(1080, 1920)) {
            new AttractViewElement(browser).open(network.url(""), "entrance");
            // The scan screen, where scans used to run together in the field while the server was away.
            CheckInViewElement checkIn = new CheckInViewElement(browser).open(network.url(""));
            KioskFrameElement frame = new KioskFrameElement(browser);
            ScannerEmulator scanner = new ScannerEmulator(browser, 14);

            network.cut();
            Instant cutAt = Instant.now();
            List<Instant> scannedAt = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) {
                // Ten visitors across the 30 s cut: one every 2.5 s.
                sleepUntil(cutAt.plusMillis(1000 + gapMillis * i));
                scannedAt.add(Instant.ofEpochMilli(pageClock(browser)));
                scanner.scan(cards.get(i));
                if (i == 0) {
                    // The first scan waits a few seconds for a server that does not answer, then is noted.
                    frame.waitForScanNoted(Duration.ofSeconds(15));
                    browser.screenshot("140-offline-first-scan-noted");
                }
                if (i == 5) {
                    frame.waitForScanNoted(Duration.ofSeconds(5));
                    browser.screenshot("141-offline-sixth-scan-noted");
                }
            }
            waitForQueued(browser, cards.size());
            String noted = frame.scanNoted();
            assertThat(noted).contains("Tercatat.").contains("Kunjungan Anda akan disimpan begitu sambungan kembali");
            assertThat(checkIn.scanFieldValue())
                    .as("no scans running together in the field")
                    .isEmpty();
            List<Map<String, Object>> queue = queue(browser);
            assertThat(queue).hasSize(cards.size());
            assertThat(queue).extracting(s -> s.get("code")).containsExactlyElementsOf(cards);
            assertThat(queue).extracting(s -> s.get("kind")).containsOnly("CHECK_IN");
            assertThat(visitsOf(cards))
                    .as("nothing reached the server during the cut")
                    .isEmpty();
            // "Tercatat" leaves after a few seconds; the kiosk says it is reconnecting, and that scans still count.
            frame.waitUntilScanNotedGone();
            assertThat(frame.reconnecting())
                    .contains("Menghubungkan kembali")
                    .contains("Kartu anggota tetap bisa dipindai");
            browser.screenshot("142-offline-reconnecting");

            sleepUntil(cutAt.plus(CUT));
            network.restore();
            Instant restoredAt = Instant.now();
            Awaitility.await("the queue replayed")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> visitsOf(cards).size() >= cards.size() && queued(browser) == 0);
            double replaySeconds = Duration.between(restoredAt, Instant.now()).toMillis() / 1000.0;

            Map<Long, List<Visit>> byMember =
                    visitsOf(cards).stream().collect(Collectors.groupingBy(Visit::getMemberId));
            // The figures first (bench/faults/offline.sh reads them), then the assertions.
            long worstErrorMillis = 0;
            for (int i = 0; i < cards.size(); i++) {
                List<Visit> visitsOfCard = byMember.getOrDefault(memberId(cards.get(i)), List.of());
                LocalDateTime expected = LocalDateTime.ofInstant(scannedAt.get(i), library.zone());
                for (Visit v : visitsOfCard) {
                    worstErrorMillis = Math.max(
                            worstErrorMillis,
                            Duration.between(expected, v.getCheckedInAt()).abs().toMillis());
                }
            }
            System.out.printf(
                    "OFFLINE-RUN cut=%ds scans=%d visits=%d members-with-a-visit=%d duplicates=%d lost=%d"
                            + " worst-scan-time-error=%.1fs replay=%.1fs%n",
                    CUT.toSeconds(),
                    cards.size(),
                    visitsOf(cards).size(),
                    byMember.size(),
                    byMember.values().stream().mapToInt(v -> v.size() - 1).sum(),
                    cards.size() - byMember.size(),
                    worstErrorMillis / 1000.0,
                    replaySeconds);
            assertThat(byMember).as("one visit per member").hasSize(cards.size());
            assertThat(byMember.values()).allSatisfy(v -> assertThat(v).hasSize(1));
            for (int i = 0; i < cards.size(); i++) {
                Visit visit = byMember.get(memberId(cards.get(i))).get(0);
                LocalDateTime expected = LocalDateTime.ofInstant(scannedAt.get(i), library.zone());
                assertThat(Duration.between(expected, visit.getCheckedInAt()).abs())
                        .as("%s checked in at the scan's time %s, not at the replay", cards.get(i), expected)
                        .isLessThanOrEqualTo(TOLERANCE);
            }

            // The same queue replayed once more (a kiosk that lost its answer): still ten visits.
            putBack(browser, queue);
            assertThat(queued(browser)).isEqualTo(cards.size());
            ((JavascriptExecutor) browser.driver()).executeScript("window.kioskScan.replay();");
            Awaitility.await("the second replay")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> queued(browser) == 0);
            assertThat(visitsOf(cards))
                    .as("ten visits after replaying the same queue twice")
                    .hasSize(cards.size());

            new AttractViewElement(browser).waitUntilShown();
            browser.screenshot("143-offline-recovered");
            System.out.printf(
                    "Offline queue: %d scans across a %d s cut, %d visits recorded once each with their scan times,"
                            + " queue empty %.1f s after the network came back; replayed twice: %d visits%n",
                    cards.size(),
                    CUT.toSeconds(),
                    byMember.size(),
                    replaySeconds,
                    visitsOf(cards).size());
        }
    }

    @Test
    void shouldKeepCheckOutsAtTheExitAcrossACut() throws Exception {
        String first = member("KPB-2501", "Sekar Arum");
        String second = member("KPB-2502", "Tono Haryanto");
        visitProcess.checkInMember(first, "Pintu masuk");
        visitProcess.checkInMember(second, "Pintu masuk");
        try (KioskNetwork network = new KioskNetwork(port);
                Browser browser = new Browser(1080, 1920)) {
            new AttractViewElement(browser).open(network.url(""), "exit");
            // The exit mode is kept from here on (a cookie and the session); this screen names its scans check-outs.
            new AttractViewElement(browser).open(network.url(""));
            ScannerEmulator scanner = new ScannerEmulator(browser, 25);
            network.cut();
            scanner.scan(first);
            new KioskFrameElement(browser).waitForScanNoted(Duration.ofSeconds(15));
            scanner.scan(second);
            waitForQueued(browser, 2);
            assertThat(queue(browser)).extracting(s -> s.get("kind")).containsOnly("CHECK_OUT");
            Instant leftAt = Instant.now();
            Thread.sleep(5000);
            network.restore();
            Awaitility.await("the check-outs replayed")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> queued(browser) == 0
                            && visitsOf(List.of(first, second)).stream().allMatch(v -> v.getCheckedOutAt() != null));
            assertThat(visitsOf(List.of(first, second)))
                    .hasSize(2)
                    .allSatisfy(v -> assertThat(v.getCheckedOutAt())
                            .isBefore(LocalDateTime.ofInstant(leftAt.plusSeconds(2), library.zone())));
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private String member(String card, String name) {
        if (members.findByCard(card).isEmpty()) {
            members.register(
                    card,
                    name,
                    "Umum",
                    AgeGroup.ADULT,
                    null,
                    null,
                    LocalDate.now().plusYears(1));
        }
        return card;
    }

    private Long memberId(String card) {
        return members.findByCard(card).orElseThrow().getId();
    }

    private List<Visit> visitsOf(List<String> cards) {
        List<Long> ids = cards.stream().map(this::memberId).toList();
        return visits.findAll().stream()
                .filter(v -> v.getMemberId() != null && ids.contains(v.getMemberId()))
                .toList();
    }

    private static long pageClock(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return Date.now();")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> queue(Browser browser) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        window.kioskScan.queue().then(done, e => done([{error: String(e)}]));
                        """);
    }

    private static int queued(Browser browser) {
        return queue(browser).size();
    }

    private static void waitForQueued(Browser browser, int count) {
        Awaitility.await("scans in the kiosk's queue")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> queued(browser) == count);
    }

    /** Writes scans back into the kiosk's IndexedDB, as they were before the first replay. */
    private static void putBack(Browser browser, List<Map<String, Object>> scans) {
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const scans = arguments[0], done = arguments[arguments.length - 1];
                const open = indexedDB.open('kiosk-pustaka');
                open.onerror = () => done('open failed');
                open.onsuccess = () => {
                  const tx = open.result.transaction('scans', 'readwrite');
                  scans.forEach(s => tx.objectStore('scans').put(s));
                  tx.oncomplete = () => done('ok');
                  tx.onerror = () => done('put failed');
                };
                """, scans);
        assertThat(result).isEqualTo("ok");
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long wait = Duration.between(Instant.now(), at).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
