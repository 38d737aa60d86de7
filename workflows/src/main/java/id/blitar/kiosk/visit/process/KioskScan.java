package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.base.ScanKind;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One scan as a kiosk made it, live or replayed from the kiosk's offline queue.
 *
 * @param id the kiosk's own id for the scan (a UUID the browser made when the card was read): a scan id the
 *     server has seen before stores nothing more ({@link VisitProcess#checkInMember(KioskScan, String)})
 * @param kind what the scan is for
 * @param code what was read, raw; cleaned on the server by {@link id.blitar.kiosk.codes.ScannedCode}
 * @param scannedAt when it was scanned, by the kiosk's clock ({@link ScanTime} says how far it is believed)
 */
public record KioskScan(UUID id, ScanKind kind, String code, Instant scannedAt) {

    public KioskScan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scannedAt, "scannedAt");
    }

    /** A scan made now on this server's clock with a fresh id: what a live scan without an id of its own is. */
    public static KioskScan now(ScanKind kind, String code, Instant now) {
        return new KioskScan(UUID.randomUUID(), kind, code, now);
    }
}
