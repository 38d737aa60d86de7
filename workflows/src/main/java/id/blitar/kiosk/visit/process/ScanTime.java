package id.blitar.kiosk.visit.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How far a kiosk's clock is believed, the rules a scan's time goes through before the visit rules see it:
 *
 * <ul>
 *   <li>A time after the server's now is taken as now: a visit does not begin or end in the future. A kiosk
 *       clock up to {@link #CLOCK_SKEW} ahead is normal drift; farther ahead is logged as a kiosk to look at.
 *   <li>A time before the start of yesterday (the library's zone) is too old to be believed: such a scan is
 *       refused ({@code error.scan.tooOld}) and recorded as refused. A kiosk that was cut off over a night
 *       still replays the evening's scans the next morning; a kiosk whose clock says last year does not make
 *       visits last year.
 *   <li>Times are kept to the second, as the visit rows store them.
 * </ul>
 */
public final class ScanTime {

    /** How far ahead of the server a kiosk's clock may be without being logged. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    /** Translation key of a scan refused as too old. */
    public static final String TOO_OLD = "error.scan.tooOld";

    private static final LocalDateTime EARLIEST_STORED = LocalDateTime.of(1970, 1, 1, 0, 0);

    private ScanTime() {}

    /**
     * The time the visit rules use for a scan.
     *
     * @param scannedAt the kiosk's time of the scan
     * @param now the server's now
     * @param zone the library's zone
     * @return the scan's time in the library's zone, to the second, at most {@code now}; empty when the scan
     *     was made before the start of yesterday
     */
    public static Optional<LocalDateTime> believed(Instant scannedAt, Instant now, ZoneId zone) {
        LocalDateTime current = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.SECONDS);
        if (scannedAt.isAfter(now)) {
            return Optional.of(current);
        }
        LocalDate yesterday = current.toLocalDate().minusDays(1);
        if (scannedAt.isBefore(yesterday.atStartOfDay(zone).toInstant())) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.ofInstant(scannedAt, zone).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Whether the kiosk's clock is farther ahead than normal drift. */
    public static boolean kioskClockAhead(Instant scannedAt, Instant now) {
        return scannedAt.isAfter(now.plus(CLOCK_SKEW));
    }

    /**
     * The kiosk's time as the ledger keeps it: in the library's zone, to the second, between 1970 and a day
     * after {@code now} (a time outside is kept at the nearer bound; it was refused or clamped anyway).
     */
    static LocalDateTime asRecorded(Instant scannedAt, Instant now, ZoneId zone) {
        Instant latest = now.plus(Duration.ofDays(1));
        Instant earliest = EARLIEST_STORED.atZone(zone).toInstant();
        Instant kept = scannedAt.isAfter(latest) ? latest : scannedAt.isBefore(earliest) ? earliest : scannedAt;
        return LocalDateTime.ofInstant(kept, zone).truncatedTo(ChronoUnit.SECONDS);
    }
}
