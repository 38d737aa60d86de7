package id.blitar.kiosk.visit.process;

import java.util.List;

/** What the exit kiosk shows after a card was scanned. */
public sealed interface CheckOutResult {

    /** The visit ended now, or had already ended today (a second scan at the exit). */
    record Goodbye(String callName, int durationMinutes) implements CheckOutResult {}

    /** The member has no visit today; nothing was stored. */
    record NotCheckedIn(String callName) implements CheckOutResult {}

    /** No member has this card; nothing was stored. {@code read} is what was read, masked. */
    record UnknownCard(String read) implements CheckOutResult {}

    /** The input broke a rule; nothing was stored. Problems are translation keys; {@code read} as above. */
    record Rejected(List<String> problems, String read) implements CheckOutResult {}
}
