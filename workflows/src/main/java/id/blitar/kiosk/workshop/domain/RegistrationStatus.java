package id.blitar.kiosk.workshop.domain;

/** Where a registration stands. */
public enum RegistrationStatus {
    /** Has a seat and a ticket. */
    CONFIRMED,
    /** Waits for a seat, in the order of {@code waitlistPosition}. */
    WAITLISTED,
    /** A freed seat is held for this person until the offer expires. */
    OFFERED,
    /** The offer expired unanswered; the seat went to the next person. */
    OFFER_EXPIRED,
    /** The workshop began while this person was still waiting. */
    WAITLIST_CLOSED,
    /** Cancelled by the visitor. */
    CANCELLED,
    /** The workshop was cancelled by the library. */
    WORKSHOP_CANCELLED,
    /** The workshop is over and the ticket was scanned at least once. */
    ATTENDED,
    /** The workshop is over and the ticket was never scanned. */
    NO_SHOW;

    public boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }
}
