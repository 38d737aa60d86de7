package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Where a freed seat goes, and the one home of the offer's rules. A seat freed by a cancellation, a closed
 * waitlist or a lapsed offer is held for the first person on the waitlist until the offer expires — after
 * {@code kiosk.workshop.offer-validity}, never after the workshop starts — and their instance hears
 * {@code SeatOffered} with that time, which {@code Event_OfferExpired}'s timer waits for. From that time on
 * the offer can no longer be taken ({@link #expired}); when the timer fires the registration ends as
 * {@code OFFER_EXPIRED} and the seat moves on to the next person. Nobody waiting, the workshop cancelled or
 * under way: the seat goes back to the workshop.
 *
 * <p>The delegates call it (BPMN → delegate → waitlist → {@link WorkshopService}); it runs in their
 * transaction, and every seat change locks the workshop's row first.
 */
@Component
class Waitlist {

    private final WorkshopService workshops;
    private final RuntimeService runtime;
    private final Clock clock;

    Waitlist(WorkshopService workshops, RuntimeService runtime, Clock clock) {
        this.workshops = workshops;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** {@code Task_ReleaseSeat}, {@code Task_LeaveWaitlist}: the person cancelled; a seat they held moves on. */
    void cancelled(long registrationId) {
        end(registrationId, RegistrationStatus.CANCELLED);
    }

    /** {@code Task_CloseWaitlist}: the workshop began while the person was still waiting. */
    void closed(long registrationId) {
        end(registrationId, RegistrationStatus.WAITLIST_CLOSED);
    }

    /** {@code Task_ExpireOffer}: the offer was not taken in time; the seat moves on. */
    void offerLapsed(long registrationId) {
        end(registrationId, RegistrationStatus.OFFER_EXPIRED);
    }

    /** Whether an offer can no longer be taken: from its expiry time on, even before its timer has fired. */
    boolean expired(Registration offer) {
        return !LocalDateTime.now(clock).isBefore(offer.getOfferExpiresAt());
    }

    private void end(long registrationId, RegistrationStatus status) {
        long workshopId = workshops.registration(registrationId).orElseThrow().getWorkshopId();
        if (workshops.end(registrationId, status)) {
            passSeatOn(workshopId);
        }
    }

    private void passSeatOn(long workshopId) {
        Workshop workshop = workshops.lock(workshopId).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Registration> next = workshop.isCancelled() || !now.isBefore(workshop.getStartsAt())
                ? Optional.empty()
                : workshops.firstWaiting(workshopId);
        if (next.isEmpty()) {
            workshops.releaseSeat(workshopId);
            return;
        }
        LocalDateTime expiresAt = offerExpiresAt(workshop, now);
        workshops.offerSeat(next.get().getId(), now, expiresAt);
        runtime.createMessageCorrelation(WorkshopProcess.MESSAGE_SEAT_OFFERED)
                .processInstanceId(next.get().getProcessInstanceId())
                .setVariables(WorkshopVariables.seatOffered(expiresAt, clock.getZone()))
                .correlate();
    }

    /** An offer made now is held for the offer validity, but never past the workshop's start. */
    private LocalDateTime offerExpiresAt(Workshop workshop, LocalDateTime now) {
        LocalDateTime expiresAt = now.plus(workshops.properties().offerValidity());
        return expiresAt.isAfter(workshop.getStartsAt()) ? workshop.getStartsAt() : expiresAt;
    }
}
