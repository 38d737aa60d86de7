package id.blitar.kiosk.question.domain;

/** Where a question stands. */
public enum QuestionStatus {
    /** Walk-in: has a queue number, nobody has called it yet. */
    WAITING,
    /** Walk-in: a librarian called the number to a desk. */
    CALLED,
    /** Ticket: to be answered by a librarian. */
    OPEN,
    /** Ticket answered; the e-mail is on its way. */
    SENDING,
    /** Done: see {@link Outcome}. */
    CLOSED
}
