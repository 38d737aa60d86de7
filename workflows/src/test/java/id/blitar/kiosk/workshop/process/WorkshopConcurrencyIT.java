package id.blitar.kiosk.workshop.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200 people sign up for 20 seats at the same moment from many kiosks: exactly 20 seats, 180 on the
 * waitlist in the order the database saw them, nobody twice — ten times over, on the MySQL-protocol
 * test database.
 */
class WorkshopConcurrencyIT extends DatabaseIT {

    private static final int PEOPLE = 200;
    private static final int SEATS = 20;
    private static final int KIOSKS = 16;

    @Autowired
    WorkshopProcess workshopProcess;

    @Autowired
    WorkshopService workshops;

    @Autowired
    Clock clock;

    @RepeatedTest(10)
    void shouldNeverOversellAndKeepTheWaitlistInArrivalOrder() throws Exception {
        Workshop workshop = WorkshopTestSupport.workshop(
                workshops, SEATS, LocalDateTime.now(clock).plusDays(5), Duration.ofHours(2));
        ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignUpResult>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < PEOPLE; i++) {
                // Every tenth person taps "Daftar" twice, on two kiosks.
                SignUp person = WorkshopTestSupport.guest("Peserta " + i);
                int copies = i % 10 == 0 ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return workshopProcess.signUp(workshop.getId(), person);
                    }));
                }
            }
            start.countDown();
            List<SignUpResult> results = new ArrayList<>();
            for (Future<SignUpResult> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }

            assertThat(results.stream().filter(r -> r instanceof SignUpResult.Confirmed))
                    .as(
                            "results: %s",
                            results.stream()
                                    .map(Object::toString)
                                    .distinct()
                                    .limit(5)
                                    .toList())
                    .hasSize(SEATS);
            assertThat(results.stream().filter(r -> r instanceof SignUpResult.Waitlisted))
                    .hasSize(PEOPLE - SEATS);
            assertThat(results.stream().filter(r -> r instanceof SignUpResult.AlreadyRegistered))
                    .hasSize(PEOPLE / 10);
        } finally {
            pool.shutdownNow();
        }

        assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                .isEqualTo(SEATS);
        List<Registration> all = workshops.registrationsOf(workshop.getId());
        assertThat(all).hasSize(PEOPLE);
        List<Registration> confirmed = all.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                .toList();
        List<Registration> waiting = all.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparing(Registration::getId))
                .toList();
        assertThat(confirmed).hasSize(SEATS);
        assertThat(waiting).hasSize(PEOPLE - SEATS);
        assertThat(waiting)
                .extracting(Registration::getWaitlistPosition)
                .as("positions 1..180 in the order the sign-ups were stored")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, PEOPLE - SEATS)
                        .boxed()
                        .toList());
        long lastSeat = confirmed.stream().mapToLong(Registration::getId).max().orElseThrow();
        assertThat(waiting.get(0).getId())
                .as("seats went to the first arrivals")
                .isGreaterThan(lastSeat);
        assertThat(confirmed)
                .extracting(Registration::getTicketCode)
                .doesNotHaveDuplicates()
                .doesNotContainNull();
    }
}
