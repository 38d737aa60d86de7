package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.Workshop;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The variables of the {@code workshop-registration} process, the one place that names, writes and reads them:
 * ids as {@code long}, dates for the timers, flags for the gateways. Names and contacts never enter the process;
 * they stay in the {@code registration} row.
 */
final class WorkshopVariables {

    /** The registration this instance is for; set when it starts. */
    static final String REGISTRATION_ID = "registrationId";

    static final String WORKSHOP_ID = "workshopId";
    /** Read by {@code Gateway_SeatReserved}. */
    static final String CONFIRMED = "confirmed";
    /** The timer of {@code Event_WaitlistClosed}. */
    static final String STARTS_AT = "startsAt";
    /** The timer of {@code Event_WorkshopOver}. */
    static final String ENDS_AT = "endsAt";
    /** The timer of {@code Event_DayBefore}. */
    static final String REMINDER_AT = "reminderAt";
    /** Read by {@code Gateway_ReminderDue}. */
    static final String REMINDER_DUE = "reminderDue";
    /** The timer of {@code Event_OfferExpired}; set by {@link Waitlist} with the offer. */
    static final String OFFER_EXPIRES_AT = "offerExpiresAt";
    /** Read by {@code Gateway_OfferTaken}. */
    static final String OFFER_TAKEN = "offerTaken";
    /** The session whose door scanned the ticket; sent with {@code TicketScanned}. */
    static final String SESSION_ID = "sessionId";
    /** The door kiosk that scanned the ticket; sent with {@code TicketScanned}. */
    static final String KIOSK = "kiosk";
    /** Read by {@code Gateway_Attended}. */
    static final String ATTENDED = "attended";

    private WorkshopVariables() {}

    // ----- written by the facade and the waitlist ---------------------------------------------------

    /** The variables an instance starts with: the registration, the workshop's dates and whether a reminder is due. */
    static VariableMap signedUp(
            long registrationId, Workshop workshop, LocalDateTime reminderAt, boolean reminderDue, ZoneId zone) {
        return Variables.createVariables()
                .putValueTyped(REGISTRATION_ID, Variables.longValue(registrationId))
                .putValueTyped(WORKSHOP_ID, Variables.longValue(workshop.getId()))
                .putValue(STARTS_AT, date(workshop.getStartsAt(), zone))
                .putValue(ENDS_AT, date(workshop.getEndsAt(), zone))
                .putValue(REMINDER_AT, date(reminderAt, zone))
                .putValue(REMINDER_DUE, reminderDue)
                .putValue(OFFER_TAKEN, false);
    }

    /** Sent with {@code SeatOffered}: when the offer lapses. */
    static VariableMap seatOffered(LocalDateTime offerExpiresAt, ZoneId zone) {
        return Variables.createVariables().putValue(OFFER_EXPIRES_AT, date(offerExpiresAt, zone));
    }

    /** Sent with {@code OfferAccepted}. */
    static VariableMap offerTaken() {
        return Variables.createVariables().putValue(OFFER_TAKEN, true);
    }

    /** Sent with {@code TicketScanned}: the session under way and the door kiosk (null if it gave no name). */
    static VariableMap ticketScanned(long sessionId, String kiosk) {
        return Variables.createVariables()
                .putValueTyped(SESSION_ID, Variables.longValue(sessionId))
                .putValueTyped(KIOSK, Variables.stringValue(kiosk));
    }

    // ----- read and written by the delegates ----------------------------------------------------------

    static long registrationId(VariableScope scope) {
        return scope.<LongValue>getVariableTyped(REGISTRATION_ID).getValue();
    }

    static long sessionId(VariableScope scope) {
        return scope.<LongValue>getVariableTyped(SESSION_ID).getValue();
    }

    /** The door kiosk that scanned the ticket, or null if it gave no name. */
    static String kiosk(VariableScope scope) {
        TypedValue kiosk = scope.getVariableTyped(KIOSK);
        return kiosk == null ? null : (String) kiosk.getValue();
    }

    static void confirmed(VariableScope scope, boolean confirmed) {
        scope.setVariable(CONFIRMED, confirmed);
    }

    static void attended(VariableScope scope, boolean attended) {
        scope.setVariable(ATTENDED, attended);
    }

    private static Date date(LocalDateTime time, ZoneId zone) {
        return Date.from(time.atZone(zone).toInstant());
    }
}
