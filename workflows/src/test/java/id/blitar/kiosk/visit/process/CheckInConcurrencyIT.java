package id.blitar.kiosk.visit.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.domain.VisitRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two kiosks (or a nervous visitor) scanning one card at the same moment still make one visit. */
class CheckInConcurrencyIT extends DatabaseIT {

    private static final int KIOSKS = 8;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    MemberService members;

    @Autowired
    VisitRepository visitRepository;

    @Autowired
    java.time.Clock clock;

    @RepeatedTest(3)
    void shouldCountSimultaneousScansOfOneCardOnce() throws Exception {
        String card = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long memberId = members.register(
                        card,
                        "Budi Santoso",
                        "Pelajar",
                        AgeGroup.TEEN,
                        null,
                        null,
                        LocalDate.now(clock).plusYears(1))
                .getId();
        ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CheckInResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < KIOSKS; i++) {
                String kiosk = "Kios " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return visitProcess.checkInMember(card, kiosk);
                }));
            }
            start.countDown();
            List<CheckInResult> outcomes = new ArrayList<>();
            for (Future<CheckInResult> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes)
                    .filteredOn(CheckInResult.Welcomed.class::isInstance)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(CheckInResult.WelcomeBack.class::isInstance)
                    .hasSize(KIOSKS - 1);
            long rows = visitRepository.findAll().stream()
                    .filter(v -> Long.valueOf(memberId).equals(v.getMemberId()))
                    .count();
            assertThat(rows).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
