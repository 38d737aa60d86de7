package id.blitar.kiosk.workshop.process;

import java.time.LocalDateTime;

/** What a ticket (scanned or typed) or an offer link led to. */
public sealed interface TicketResult {

    /** Attendance recorded for the session under way; {@code firstScan} false when it was scanned before. */
    record Admitted(String callName, String workshopTitle, boolean firstScan) implements TicketResult {}

    /** An offer taken: the new ticket. */
    record OfferTaken(long registrationId, String ticketCode) implements TicketResult {}

    /** A registration cancelled; the seat goes to the next person. */
    record Cancelled(String workshopTitle) implements TicketResult {}

    /** The ticket is real but not for a session under way now (another day or another workshop). */
    record NotNow(String workshopTitle, LocalDateTime nextStart) implements TicketResult {}

    /** A real ticket, for another workshop than the one at this door. */
    record OtherWorkshop(String workshopTitle) implements TicketResult {}

    /**
     * The code matches no ticket or offer (forged, garbled, or used up), or a membership card holds no
     * registration for what is under way. {@code read} is what was read, masked for a public screen
     * (null when not a scan); {@code ticket} whether it was a ticket code rather than a card.
     */
    record Unknown(String read, boolean ticket) implements TicketResult {

        public Unknown() {
            this(null, true);
        }
    }

    /** The registration no longer holds a seat (cancelled, expired, the workshop cancelled, over). */
    record NotValid(String reason) implements TicketResult {}
}
