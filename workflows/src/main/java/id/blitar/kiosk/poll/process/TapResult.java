package id.blitar.kiosk.poll.process;

import java.util.List;

/** What became of a smiley tap. */
public sealed interface TapResult {

    /** Stored and counted; the visitor may add details to this answer. */
    record Counted(long pollId) implements TapResult {}

    /** Too soon after the previous answer on this kiosk: recorded as filtered, not counted. */
    record Filtered() implements TapResult {}

    record Rejected(List<String> problems) implements TapResult {}
}
