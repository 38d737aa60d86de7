package id.blitar.kiosk.poll.domain;

/** A service the visitor used during the visit the poll belongs to, asked about by name. */
public enum ServiceUsed {
    /** The visitor asked a librarian a question during the visit. */
    ASK_LIBRARIAN,
    /** The visitor attended a workshop (rated from the invitation, or attended on the day of the visit). */
    WORKSHOP
}
