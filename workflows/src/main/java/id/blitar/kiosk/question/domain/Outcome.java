package id.blitar.kiosk.question.domain;

/** How a question ended. */
public enum Outcome {
    /** Walk-in: answered at the desk. */
    ANSWERED_AT_DESK,
    /** Referred to a partner institution (named in the question). */
    REFERRED,
    /** Walk-in: called, but the visitor did not come to the desk. */
    NO_SHOW,
    /** Ticket: the answer was sent by e-mail. */
    ANSWERED_BY_EMAIL,
    /** Ticket: the answer waits at the desk for the visitor. */
    READY_FOR_PICK_UP
}
