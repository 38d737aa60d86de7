package id.blitar.kiosk.question.process;

/** How a walk-in ended at the desk; the values are those {@code Gateway_DeskOutcome} tests. */
public enum DeskOutcome {
    ANSWERED_AT_DESK,
    REFERRED,
    NO_SHOW,
    FOLLOW_UP
}
