package id.blitar.kiosk.poll.domain;

/** A service the visitor used during the visit the poll belongs to, asked about by name. */
public enum ServiceUsed {
    /** The visitor asked a librarian a question during the visit. */
    ASK_LIBRARIAN
}
