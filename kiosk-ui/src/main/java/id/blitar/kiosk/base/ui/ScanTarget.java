package id.blitar.kiosk.base.ui;

/**
 * A kiosk view that takes a scan itself when no scan field is on screen, for example while its
 * result is shown: the next visitor's scan starts their turn at once. Views without it (and views
 * that decline) hand the scan to the kiosk's own journey: check-in at the entrance and reference
 * kiosks, check-out at the exit, the door at the event room.
 */
public interface ScanTarget {

    /**
     * @param raw what the scanner typed, uncleaned (the facades clean it with {@code ScannedCode})
     * @return whether this view took the scan
     */
    boolean scanned(String raw);
}
