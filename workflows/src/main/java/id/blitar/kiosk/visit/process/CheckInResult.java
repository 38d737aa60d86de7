package id.blitar.kiosk.visit.process;

import java.util.List;

/** What a kiosk shows after someone tried to check in. */
public sealed interface CheckInResult {

    /** A new visit was recorded; {@code callName} is null for guests and groups. */
    record Welcomed(long visitId, String callName, long visitNumberThisYear, boolean membershipExpired)
            implements CheckInResult {}

    /** The member had already checked in within the repeat window; nothing was counted again. */
    record WelcomeBack(String callName, long visitNumberThisYear) implements CheckInResult {}

    /**
     * No member has this card; nothing was stored. {@code read} is what was read, masked for a public
     * screen ({@link id.blitar.kiosk.codes.ScannedCode#masked()}).
     */
    record UnknownCard(String read) implements CheckInResult {}

    /**
     * The input broke a rule; nothing was stored. Problems are translation keys; {@code read} is what
     * was read, masked, or null when the input was not a scan (guest and group forms).
     */
    record Rejected(List<String> problems, String read) implements CheckInResult {

        public Rejected(List<String> problems) {
            this(problems, null);
        }
    }
}
