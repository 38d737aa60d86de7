package id.blitar.kiosk.visit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.base.ScanKind;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.domain.CloseReason;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kiosk scans replayed from an offline queue, on the real services and the MySQL-protocol test database: one
 * visit per scan id however often and however concurrently it arrives, the scan's own time, the visit rules at
 * that time.
 */
class ScanReplayIT extends DatabaseIT {

    private static final int KIOSKS = 8;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    VisitService visits;

    @Autowired
    MemberService members;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldStoreOneVisitForAScanReplayedTwice() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        KioskScan scan = checkIn(card, yesterdayAt(10, 0));

        assertThat(visitProcess.replay(scan, "Pintu masuk")).isEqualTo(ScanOutcome.RECORDED);
        assertThat(visitProcess.replay(scan, "Pintu masuk")).isEqualTo(ScanOutcome.DUPLICATE);
        assertThat(visitProcess.checkInMember(scan, "Pintu masuk"))
                .as("a replay is answered as a repeat scan")
                .isEqualTo(new CheckInResult.WelcomeBack("Siti", visitsThisYear(card)));

        assertThat(visitsOf(card)).hasSize(1);
        assertThat(ledger(scan.id()))
                .containsEntry("outcome", "RECORDED")
                .containsEntry("kind", "CHECK_IN")
                .containsEntry("kiosk", "Pintu masuk");
        assertThat(ledger(scan.id()).get("code_read"))
                .as("no card number in the ledger")
                .isNull();
    }

    @Test
    void shouldStoreOneVisitWhenKiosksReplayTheSameScanAtOnce() throws Exception {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        KioskScan scan = checkIn(card, yesterdayAt(11, 0));

        List<ScanOutcome> outcomes = concurrently(scan);

        assertThat(outcomes).filteredOn(ScanOutcome.RECORDED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(ScanOutcome.DUPLICATE::equals).hasSize(KIOSKS - 1);
        assertThat(visitsOf(card)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from scan_ledger where id = ?",
                        Long.class,
                        scan.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void shouldRecordAnUnknownCardOnceWhenKiosksReplayItAtOnce() throws Exception {
        // No member row to lock: only the ledger's primary key keeps the replays apart.
        KioskScan scan = new KioskScan(UUID.randomUUID(), ScanKind.CHECK_IN, "NO-SUCH-CARD", clock.instant());

        List<ScanOutcome> outcomes = concurrently(scan);

        assertThat(outcomes).filteredOn(ScanOutcome.UNKNOWN_CARD::equals).hasSize(1);
        assertThat(outcomes).filteredOn(ScanOutcome.DUPLICATE::equals).hasSize(KIOSKS - 1);
        assertThat(ledger(scan.id()))
                .containsEntry("outcome", "UNKNOWN_CARD")
                .containsEntry("code_read", "NO-S\u2022\u2022\u2022\u2022\u2022\u2022RD")
                .containsEntry("member_id", null);
        assertThat(visitProcess.checkInMember(scan, "Pintu masuk"))
                .isEqualTo(new CheckInResult.UnknownCard("NO-S\u2022\u2022\u2022\u2022\u2022\u2022RD"));
    }

    @Test
    void shouldAnswerAReplayThatRacedAnUncommittedOneFromWhatCommitted() throws Exception {
        // Deterministic form of the race: the first replay has written its ledger row but not committed when
        // the second one looks; the second then meets the primary key and is answered from the first's row.
        KioskScan scan = new KioskScan(UUID.randomUUID(), ScanKind.CHECK_IN, "NO-SUCH-CARD", clock.instant());
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<ScanOutcome> raced = new TransactionTemplate(transactions).execute(status -> {
                assertThat(visitProcess.replay(scan, "Kios A")).isEqualTo(ScanOutcome.UNKNOWN_CARD);
                Future<ScanOutcome> other = second.submit(() -> visitProcess.replay(scan, "Kios B"));
                try {
                    // Long enough for the second replay to wait on the row; it must not be done before the commit.
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertThat(other).isNotDone();
                return other;
            });

            assertThat(raced.get(60, TimeUnit.SECONDS)).isEqualTo(ScanOutcome.DUPLICATE);
        } finally {
            second.shutdownNow();
        }
        assertThat(ledger(scan.id())).containsEntry("kiosk", "Kios A");
    }

    @Test
    void shouldKeepTheScanTimeAsTheArrivalNotTheReplayTime() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        LocalDateTime scannedAt = yesterdayAt(9, 17).plusSeconds(42);
        KioskScan scan = new KioskScan(
                UUID.randomUUID(),
                ScanKind.CHECK_IN,
                card,
                scannedAt.atZone(clock.getZone()).toInstant().plusMillis(321));

        var welcomed = (CheckInResult.Welcomed) visitProcess.checkInMember(scan, "Pintu masuk");

        Visit visit = visits.findById(welcomed.visitId()).orElseThrow();
        assertThat(visit.getCheckedInAt()).isEqualTo(scannedAt);
        assertThat(engine.getRuntimeService().getVariable(visit.getProcessInstanceId(), VisitProcess.Var.CLOSING_TIME))
                .as("the closing time of the scan's day")
                .satisfies(closing -> assertThat(visits.libraryTime(((java.util.Date) closing).toInstant())
                                .toLocalDate())
                        .isEqualTo(scannedAt.toLocalDate()));
        assertThat(ledger(scan.id())).containsEntry("counted_at", scannedAt).containsEntry("scanned_at", scannedAt);
    }

    @Test
    void shouldRefuseAScanFromBeforeYesterdayAndRecordTheRefusal() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        Instant beforeYesterday = LocalDate.now(clock)
                .minusDays(1)
                .atStartOfDay(clock.getZone())
                .toInstant()
                .minusSeconds(1);
        KioskScan scan = new KioskScan(UUID.randomUUID(), ScanKind.CHECK_IN, card, beforeYesterday);
        long instances =
                engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        assertThat(visitProcess.replay(scan, "Pintu masuk")).isEqualTo(ScanOutcome.REFUSED);

        assertThat(visitsOf(card)).isEmpty();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .count())
                .isEqualTo(instances);
        assertThat(ledger(scan.id()))
                .containsEntry("outcome", "REFUSED")
                .containsEntry("problem", ScanTime.TOO_OLD)
                .containsEntry("counted_at", null);
        assertThat(visitProcess.checkInMember(scan, "Pintu masuk"))
                .isInstanceOfSatisfying(
                        CheckInResult.Rejected.class,
                        r -> assertThat(r.problems()).containsExactly(ScanTime.TOO_OLD));
    }

    @Test
    void shouldTakeAScanFromTheFutureAsNow() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        LocalDateTime before = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);

        var welcomed = (CheckInResult.Welcomed) visitProcess.checkInMember(
                new KioskScan(
                        UUID.randomUUID(),
                        ScanKind.CHECK_IN,
                        card,
                        clock.instant().plus(3, ChronoUnit.HOURS)),
                "Pintu masuk");

        LocalDateTime after = LocalDateTime.now(clock);
        assertThat(visits.findById(welcomed.visitId()).orElseThrow().getCheckedInAt())
                .isBetween(before, after);
    }

    @Test
    void shouldApplyTheRepeatWindowAndInsideAtTheScansTime() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        LocalDateTime ten = yesterdayAt(10, 0);

        assertThat(visitProcess.replay(checkIn(card, ten), "Pintu masuk")).isEqualTo(ScanOutcome.RECORDED);
        assertThat(visitProcess.replay(checkIn(card, ten.plusMinutes(20)), "Pintu masuk"))
                .as("inside and within the window")
                .isEqualTo(ScanOutcome.REPEAT);
        assertThat(visitProcess.replay(checkOut(card, ten.plusMinutes(25)), "Pintu keluar"))
                .isEqualTo(ScanOutcome.RECORDED);
        assertThat(visitProcess.replay(checkIn(card, ten.plusMinutes(28)), "Pintu masuk"))
                .as("left, back within the 30-minute window of the arrival")
                .isEqualTo(ScanOutcome.REPEAT);
        assertThat(visitProcess.replay(checkIn(card, ten.plusMinutes(90)), "Pintu masuk"))
                .as("back after the window: a second visit")
                .isEqualTo(ScanOutcome.RECORDED);
        // A scan made at 09:45 reaches the server last (its kiosk was offline): within the window of 10:00.
        assertThat(visitProcess.replay(checkIn(card, ten.minusMinutes(15)), "Pintu masuk"))
                .isEqualTo(ScanOutcome.REPEAT);
        // One made at 08:00 would, in order, have begun the visit the 10:00 scan then found the member inside of:
        // that visit began at 08:00, and no second visit overlaps it.
        assertThat(visitProcess.replay(checkIn(card, ten.minusHours(2)), "Pintu masuk"))
                .isEqualTo(ScanOutcome.REPEAT);

        List<Visit> stored = visitsOf(card);
        assertThat(stored).extracting(Visit::getCheckedInAt).containsExactly(ten.minusHours(2), ten.plusMinutes(90));
        assertThat(stored.get(0).getCheckedOutAt()).isEqualTo(ten.plusMinutes(25));
        assertThat(stored.get(0).getDurationMinutes()).isEqualTo(145);
    }

    @Test
    void shouldOpenTheRenewalTaskForAnExpiredCardReplayed() {
        String card = newMember(LocalDate.now(clock).minusDays(5));
        KioskScan scan = checkIn(card, yesterdayAt(14, 0));

        assertThat(visitProcess.replay(scan, "Pintu masuk")).isEqualTo(ScanOutcome.EXPIRED);
        assertThat(visitProcess.replay(scan, "Pintu masuk")).isEqualTo(ScanOutcome.DUPLICATE);

        Visit visit = visitsOf(card).get(0);
        assertThat(visit.isMembershipExpired()).isTrue();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(visit.getProcessInstanceId())
                        .taskDefinitionKey(VisitProcess.TASK_RENEW_MEMBERSHIP)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldEndTheVisitAtTheCheckOutScansTimeOnceWhenReplayedTwice() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        LocalDateTime arrived = yesterdayAt(13, 0);
        visitProcess.replay(checkIn(card, arrived), "Pintu masuk");
        KioskScan leaving = checkOut(card, arrived.plusMinutes(45));

        assertThat(visitProcess.checkOut(leaving, "Pintu keluar")).isEqualTo(new CheckOutResult.Goodbye("Siti", 45));
        assertThat(visitProcess.replay(leaving, "Pintu keluar")).isEqualTo(ScanOutcome.DUPLICATE);
        assertThat(visitProcess.checkOut(leaving, "Pintu keluar")).isEqualTo(new CheckOutResult.Goodbye("Siti", 45));

        Visit visit = visitsOf(card).get(0);
        assertThat(visit.getCheckedOutAt()).isEqualTo(arrived.plusMinutes(45));
        assertThat(visit.getCloseReason()).isEqualTo(CloseReason.CHECK_OUT);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(visit.getProcessInstanceId())
                        .count())
                .as("the process ended")
                .isZero();
        assertThat(visitProcess.replay(checkOut(card, arrived.minusMinutes(5)), "Pintu keluar"))
                .as("a check-out before the arrival: not inside then")
                .isEqualTo(ScanOutcome.NOT_CHECKED_IN);
    }

    @Test
    void shouldMoveTheDepartureBackToTheExitScanWhenClosingTimeEndedTheVisitFirst() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        LocalDateTime arrived = yesterdayAt(10, 5);
        visitProcess.replay(checkIn(card, arrived), "Pintu masuk");
        Visit replayed = visitsOf(card).get(0);
        // Yesterday's closing time has passed: the visit's timer is due at once. Run it unless the job
        // executor already did.
        var managementService = engine.getManagementService();
        managementService
                .createJobQuery()
                .processInstanceId(replayed.getProcessInstanceId())
                .timers()
                .list()
                .forEach(job -> managementService.executeJob(job.getId()));
        Visit closed = visitsOf(card).get(0);
        assertThat(closed.getCloseReason()).isEqualTo(CloseReason.CLOSING_TIME);

        KioskScan leaving = checkOut(card, arrived.plusMinutes(50));
        assertThat(visitProcess.replay(leaving, "Pintu keluar")).isEqualTo(ScanOutcome.RECORDED);
        assertThat(visitProcess.replay(leaving, "Pintu keluar")).isEqualTo(ScanOutcome.DUPLICATE);

        Visit visit = visitsOf(card).get(0);
        assertThat(visit.getCheckedOutAt()).isEqualTo(arrived.plusMinutes(50));
        assertThat(visit.getCloseReason()).isEqualTo(CloseReason.CHECK_OUT);
        assertThat(visit.getDurationMinutes()).isEqualTo(50);
        assertThat(visitProcess.replay(checkOut(card, arrived.plusMinutes(70)), "Pintu keluar"))
                .as("a second exit scan later: the visit had ended")
                .isEqualTo(ScanOutcome.REPEAT);
    }

    @Test
    void shouldRefuseAScanOfTheWrongKindForTheMethod() {
        KioskScan leaving = new KioskScan(UUID.randomUUID(), ScanKind.CHECK_OUT, "T-1", clock.instant());

        assertThatThrownBy(() -> visitProcess.checkInMember(leaving, "Pintu"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from scan_ledger where id = ?",
                        Long.class,
                        leaving.id().toString()))
                .isZero();
    }

    private List<ScanOutcome> concurrently(KioskScan scan) throws Exception {
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
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private KioskScan checkIn(String card, LocalDateTime at) {
        return new KioskScan(
                UUID.randomUUID(),
                ScanKind.CHECK_IN,
                card,
                at.atZone(clock.getZone()).toInstant());
    }

    private KioskScan checkOut(String card, LocalDateTime at) {
        return new KioskScan(
                UUID.randomUUID(),
                ScanKind.CHECK_OUT,
                card,
                at.atZone(clock.getZone()).toInstant());
    }

    /** A time of yesterday in the library's zone: always believed, and never crossing midnight in a test. */
    private LocalDateTime yesterdayAt(int hour, int minute) {
        return LocalDate.now(clock).minusDays(1).atTime(hour, minute);
    }

    private List<Visit> visitsOf(String card) {
        long memberId = members.findByCard(card).orElseThrow().getId();
        return jdbc
                .queryForList("select id from visit where member_id = ? order by checked_in_at", Long.class, memberId)
                .stream()
                .map(id -> visits.findById(id).orElseThrow())
                .toList();
    }

    private long visitsThisYear(String card) {
        return visits.visitNumberThisYear(visitsOf(card).get(0));
    }

    private Map<String, Object> ledger(UUID scanId) {
        Map<String, Object> row =
                new java.util.HashMap<>(jdbc.queryForMap("select * from scan_ledger where id = ?", scanId.toString()));
        row.replaceAll((column, value) -> value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : value);
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((column, value) -> lower.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return lower;
    }

    private String newMember(LocalDate expiresOn) {
        String card = "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        members.register(card, "Siti Aminah Rahayu", "Umum", AgeGroup.ADULT, null, null, expiresOn);
        return card;
    }
}
