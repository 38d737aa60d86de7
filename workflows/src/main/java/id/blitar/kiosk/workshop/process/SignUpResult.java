package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import java.util.List;

/** What the kiosk tells the visitor after "Daftar". */
public sealed interface SignUpResult {

    /** A seat: show the ticket. */
    record Confirmed(long registrationId, String ticketCode) implements SignUpResult {}

    /** Full: a place on the waitlist; {@code waitingBefore} people are ahead. */
    record Waitlisted(long registrationId, long waitingBefore) implements SignUpResult {}

    /** This person is registered already; {@code ticketCode} when they hold a seat. */
    record AlreadyRegistered(RegistrationStatus status, String ticketCode) implements SignUpResult {}

    /** Registration has not opened, has closed, or the workshop was cancelled: nothing stored. */
    record NotOpen(String reason) implements SignUpResult {}

    record UnknownCard() implements SignUpResult {}

    /** Bad input: nothing stored; translation keys. */
    record Rejected(List<String> problems) implements SignUpResult {}
}
