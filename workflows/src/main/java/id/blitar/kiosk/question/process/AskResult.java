package id.blitar.kiosk.question.process;

import java.time.LocalDateTime;
import java.util.List;

/** What the kiosk tells the visitor after "Kirim pertanyaan". */
public sealed interface AskResult {

    /** Bad input: nothing stored; translation keys of the problems. */
    record Rejected(List<String> problems) implements AskResult {}

    /** The card number is not a member's: nothing stored. */
    record UnknownCard() implements AskResult {}

    /** Walk-in: wait for this number on the board. */
    record Queued(long questionId, String queueNumber, long waitingBefore) implements AskResult {}

    /** Answered later, by e-mail or for pick-up at the desk with this reference, by the deadline. */
    record Ticketed(long questionId, String reference, LocalDateTime dueAt, boolean byEmail) implements AskResult {}
}
