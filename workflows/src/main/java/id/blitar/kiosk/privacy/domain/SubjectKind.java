package id.blitar.kiosk.privacy.domain;

/** How the data subject of a request was identified at the kiosk. */
public enum SubjectKind {
    /** A library member, by the membership card (scanned or typed). */
    MEMBER,
    /** A workshop guest (not a member), by a ticket code of one of their registrations. */
    TICKET,
    /**
     * A guest who asked a question by e-mail or signed up with their address, by that address: confirmed with a
     * code sent to it, because anyone can type an address.
     */
    EMAIL
}
