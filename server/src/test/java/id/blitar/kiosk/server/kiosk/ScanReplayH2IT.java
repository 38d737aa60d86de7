package id.blitar.kiosk.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.KioskApplication;
import id.blitar.kiosk.base.ScanKind;
import id.blitar.kiosk.visit.process.KioskScan;
import id.blitar.kiosk.visit.process.ScanOutcome;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scan ledger on the embedded default's H2 file database, whose locking differs from MySQL's: one visit
 * for a scan replayed twice and for a scan replayed by several kiosks at once, for a member's card (member
 * row lock) and for an unknown card (the ledger's primary key alone).
 */
class ScanReplayH2IT {

    private static final int KIOSKS = 6;

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepEachScanIdOnceOnH2() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KioskApplication.class)
                .run(
                        "--server.port=0",
                        "--KIOSK_DATA_DIR=" + dataDir.toAbsolutePath(),
                        "--camunda.bpm.process-engine-name=scanReplayH2IT",
                        // Cockpit keeps its engine lookup in a JVM-wide singleton: a second webapp, closed
                        // here, would leave the cached application's Cockpit answering 500.
                        "--camunda.bpm.webapp.enabled=false")) {
            VisitProcess visitProcess = app.getBean(VisitProcess.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Clock clock = app.getBean(Clock.class);
            // A demo member with a valid card (KPB-0001, see the README's cards to try).
            KioskScan member = new KioskScan(UUID.randomUUID(), ScanKind.CHECK_IN, "KPB-0001", clock.instant());
            KioskScan unknown = new KioskScan(UUID.randomUUID(), ScanKind.CHECK_IN, "NO-SUCH-CARD", clock.instant());
            long visitsBefore = jdbc.queryForObject("select count(*) from visit", Long.class);

            List<ScanOutcome> forMember = concurrently(visitProcess, member);
            List<ScanOutcome> forUnknown = concurrently(visitProcess, unknown);

            assertThat(forMember).filteredOn(o -> o != ScanOutcome.DUPLICATE).hasSize(1);
            assertThat(forMember).filteredOn(ScanOutcome.DUPLICATE::equals).hasSize(KIOSKS - 1);
            assertThat(forUnknown).filteredOn(ScanOutcome.UNKNOWN_CARD::equals).hasSize(1);
            assertThat(forUnknown).filteredOn(ScanOutcome.DUPLICATE::equals).hasSize(KIOSKS - 1);
            assertThat(visitProcess.replay(member, "Kios lagi")).isEqualTo(ScanOutcome.DUPLICATE);
            assertThat(jdbc.queryForObject("select count(*) from visit", Long.class) - visitsBefore)
                    .as("at most the one visit of the member's scan (none when the demo had them inside)")
                    .isLessThanOrEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from scan_ledger where id in (?, ?)",
                            Long.class,
                            member.id().toString(),
                            unknown.id().toString()))
                    .isEqualTo(2);

            // The first replay has written its row but not committed when the second one looks.
            KioskScan raced = new KioskScan(UUID.randomUUID(), ScanKind.CHECK_IN, "NO-SUCH-CARD-2", clock.instant());
            ExecutorService second = Executors.newSingleThreadExecutor();
            try {
                Future<ScanOutcome> other = new TransactionTemplate(app.getBean(PlatformTransactionManager.class))
                        .execute(status -> {
                            assertThat(visitProcess.replay(raced, "Kios A")).isEqualTo(ScanOutcome.UNKNOWN_CARD);
                            Future<ScanOutcome> late = second.submit(() -> visitProcess.replay(raced, "Kios B"));
                            try {
                                Thread.sleep(1500);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return late;
                        });
                assertThat(other.get(120, TimeUnit.SECONDS)).isEqualTo(ScanOutcome.DUPLICATE);
            } finally {
                second.shutdownNow();
            }
        }
    }

    private static List<ScanOutcome> concurrently(VisitProcess visitProcess, KioskScan scan) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ScanOutcome>> results = new ArrayList<>();
        try {
            for (int i = 0; i < KIOSKS; i++) {
                String kiosk = "Kios " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return visitProcess.replay(scan, kiosk);
                }));
            }
            start.countDown();
            List<ScanOutcome> outcomes = new ArrayList<>();
            for (Future<ScanOutcome> result : results) {
                outcomes.add(result.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
