package id.blitar.kiosk.question.domain;

/** What a staff note records. Notes are internal: never shown or sent to the visitor. */
public enum NoteKind {
    NOTE,
    TRANSFER,
    ESCALATION,
    REASSIGNMENT,
    FOLLOW_UP
}
