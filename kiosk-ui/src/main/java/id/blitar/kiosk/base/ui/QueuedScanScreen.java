package id.blitar.kiosk.base.ui;

import id.blitar.kiosk.base.ScanKind;
import java.util.Optional;

/**
 * A kiosk screen whose scanner scans may be kept in the kiosk's offline queue when the server cannot
 * be reached (the attract, check-in and check-out screens with their results): the kiosk's scan
 * listener stamps every scan there with an id and its time and writes it to the browser's IndexedDB
 * before sending it. Scans on every other screen (the event-room door, "Tiket saya", forms) are sent
 * live only.
 */
public interface QueuedScanScreen {

    /** What this screen's scans are, now; empty when they are sent live only. */
    Optional<ScanKind> queuedScanKind();
}
