package id.blitar.kiosk.visit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** How far a kiosk's clock is believed ({@link ScanTime}). */
class ScanTimeTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    // 10:15:30.456 on 29 November 2026 in Blitar.
    private static final Instant NOW = LocalDateTime.of(2026, 11, 29, 10, 15, 30, 456_000_000)
            .atZone(JAKARTA)
            .toInstant();

    @Test
    void shouldKeepAScanTimeOfTodayToTheSecond() {
        Instant scanned = NOW.minus(95, ChronoUnit.MINUTES);

        assertThat(ScanTime.believed(scanned, NOW, JAKARTA)).contains(LocalDateTime.of(2026, 11, 29, 8, 40, 30));
    }

    @Test
    void shouldTakeATimeInTheFutureAsNow() {
        assertThat(ScanTime.believed(NOW.plusSeconds(20), NOW, JAKARTA))
                .contains(LocalDateTime.of(2026, 11, 29, 10, 15, 30));
        assertThat(ScanTime.believed(NOW.plus(400, ChronoUnit.DAYS), NOW, JAKARTA))
                .contains(LocalDateTime.of(2026, 11, 29, 10, 15, 30));
        assertThat(ScanTime.kioskClockAhead(NOW.plusSeconds(20), NOW)).isFalse();
        assertThat(ScanTime.kioskClockAhead(NOW.plus(ScanTime.CLOCK_SKEW).plusSeconds(1), NOW))
                .isTrue();
    }

    @Test
    void shouldBelieveYesterdayInTheLibrarysZoneButNothingBefore() {
        Instant startOfYesterday =
                LocalDateTime.of(2026, 11, 28, 0, 0).atZone(JAKARTA).toInstant();

        assertThat(ScanTime.believed(startOfYesterday, NOW, JAKARTA)).contains(LocalDateTime.of(2026, 11, 28, 0, 0));
        assertThat(ScanTime.believed(startOfYesterday.minusMillis(1), NOW, JAKARTA))
                .isEmpty();
        // In UTC it is still 28 November 03:15; the library's day decides, not the server's zone.
        assertThat(ScanTime.believed(Instant.parse("2026-11-27T17:00:00Z"), NOW, JAKARTA))
                .contains(LocalDateTime.of(2026, 11, 28, 0, 0));
        assertThat(ScanTime.believed(Instant.parse("2026-11-27T16:59:59Z"), NOW, JAKARTA))
                .isEmpty();
    }

    @Test
    void shouldKeepAnyTimeAKioskSendsWithinWhatTheLedgerCanStore() {
        assertThat(ScanTime.asRecorded(Instant.parse("0001-01-01T00:00:00Z"), NOW, JAKARTA))
                .isEqualTo(LocalDateTime.of(1970, 1, 1, 0, 0));
        assertThat(ScanTime.asRecorded(Instant.parse("+99999-01-01T00:00:00Z"), NOW, JAKARTA))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 15, 30));
        assertThat(ScanTime.asRecorded(NOW.minus(3, ChronoUnit.DAYS), NOW, JAKARTA))
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 15, 30));
    }
}
