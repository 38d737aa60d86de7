package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopSession;
import id.blitar.kiosk.workshop.service.TicketCodes;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code workshop-registration} process ({@code bpmn/workshop-registration.bpmn}): key, element ids,
 * messages, and the facade that starts an instance (sign-up) or sends it a message (cancellation, an offer
 * taken, a ticket at the door, the workshop cancelled). Reading the programme and registrations is
 * {@link WorkshopService}'s; where a freed seat goes is {@link Waitlist}'s; variables are {@link WorkshopVariables}';
 * the rating link is {@link WorkshopRating}'s.
 */
@Component
public class WorkshopProcess {

    public static final String KEY = "workshop-registration";

    public static final String TASK_RESERVE_SEAT = "Task_ReserveSeat";
    public static final String GATEWAY_SEAT_RESERVED = "Gateway_SeatReserved";
    public static final String TASK_ISSUE_TICKET = "Task_IssueTicket";
    public static final String SUBPROCESS_REGISTERED = "SubProcess_Registered";
    public static final String EVENT_DAY_BEFORE = "Event_DayBefore";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String EVENT_WORKSHOP_OVER = "Event_WorkshopOver";
    public static final String TASK_CLOSE_REGISTRATION = "Task_CloseRegistration";
    public static final String TASK_INVITE_FEEDBACK = "Task_InviteFeedback";
    public static final String END_ATTENDED = "EndEvent_Attended";
    public static final String END_NO_SHOW = "EndEvent_NoShow";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    public static final String TASK_RELEASE_SEAT = "Task_ReleaseSeat";
    public static final String END_CANCELLED = "EndEvent_Cancelled";
    public static final String TASK_NOTIFY_WORKSHOP_CANCELLED = "Task_NotifyWorkshopCancelled";
    public static final String END_WORKSHOP_CANCELLED = "EndEvent_WorkshopCancelled";
    public static final String SUBPROCESS_WAITLIST = "SubProcess_Waitlist";
    public static final String EVENT_SEAT_OFFERED = "Event_SeatOffered";
    public static final String TASK_SEND_OFFER = "Task_SendOffer";
    public static final String EVENT_OFFER_ACCEPTED = "Event_OfferAccepted";
    public static final String EVENT_OFFER_EXPIRED = "Event_OfferExpired";
    public static final String TASK_EXPIRE_OFFER = "Task_ExpireOffer";
    /** A lapsed offer ends {@code SubProcess_Waitlist} here, and the process then in {@link #END_OFFER_NOT_TAKEN}. */
    public static final String END_OFFER_LAPSED = "EndEvent_OfferLapsed";

    public static final String GATEWAY_OFFER_TAKEN = "Gateway_OfferTaken";
    public static final String END_OFFER_NOT_TAKEN = "EndEvent_OfferNotTaken";
    public static final String EVENT_WAITLIST_CLOSED = "Event_WaitlistClosed";
    public static final String TASK_CLOSE_WAITLIST = "Task_CloseWaitlist";
    public static final String END_WAITLIST_CLOSED = "EndEvent_WaitlistClosed";
    public static final String TASK_LEAVE_WAITLIST = "Task_LeaveWaitlist";
    public static final String END_LEFT_WAITLIST = "EndEvent_LeftWaitlist";

    public static final String MESSAGE_SEAT_OFFERED = "SeatOffered";
    public static final String MESSAGE_OFFER_ACCEPTED = "OfferAccepted";
    public static final String MESSAGE_REGISTRATION_CANCELLED = "RegistrationCancelled";
    public static final String MESSAGE_WORKSHOP_CANCELLED = "WorkshopCancelled";
    public static final String MESSAGE_TICKET_SCANNED = "TicketScanned";

    private final RuntimeService runtime;
    private final WorkshopService workshops;
    private final Waitlist waitlist;
    private final MemberService members;
    private final Clock clock;

    WorkshopProcess(
            RuntimeService runtime, WorkshopService workshops, Waitlist waitlist, MemberService members, Clock clock) {
        this.runtime = runtime;
        this.workshops = workshops;
        this.waitlist = waitlist;
        this.members = members;
        this.clock = clock;
    }

    /** The library cancels a workshop: every open registration ends and everyone with an address is told. */
    @Transactional
    public void cancelWorkshop(long workshopId) {
        workshops.cancelWorkshop(workshopId);
        for (Registration registration : workshops.openRegistrationsOf(workshopId)) {
            correlate(MESSAGE_WORKSHOP_CANCELLED, registration, Map.of());
        }
    }

    /**
     * Signs a member or a guest up. The workshop's row is locked first, so a person cannot hold two
     * registrations and the seats and waitlist order are decided one sign-up at a time.
     */
    @Transactional
    public SignUpResult signUp(long workshopId, SignUp signUp) {
        List<String> problems = SignUpCheck.problemsOf(signUp);
        if (!problems.isEmpty()) {
            return new SignUpResult.Rejected(problems);
        }
        Member member = null;
        if (signUp.isMember()) {
            Optional<Member> found = members.findByCard(signUp.cardNumber());
            if (found.isEmpty()) {
                return new SignUpResult.UnknownCard();
            }
            member = found.get();
        }
        Optional<Workshop> locked = workshops.lock(workshopId);
        if (locked.isEmpty()) {
            return new SignUpResult.NotOpen("error.workshop.unknown");
        }
        Workshop workshop = locked.get();
        LocalDateTime now = LocalDateTime.now(clock);
        if (workshop.isCancelled()) {
            return new SignUpResult.NotOpen("error.workshop.cancelled");
        }
        if (!workshop.isOpenForRegistration(now)) {
            return new SignUpResult.NotOpen(
                    now.isBefore(workshop.getRegistrationOpensAt())
                            ? "error.workshop.notYetOpen"
                            : "error.workshop.closed");
        }
        String personKey = member != null
                ? WorkshopService.memberKey(member.getId())
                : WorkshopService.guestKey(SignUpCheck.email(signUp), SignUpCheck.phone(signUp));
        // A guest is one person by either contact, however it is written (see Contact).
        Optional<Registration> existing = workshops.registrationOf(workshopId, personKey);
        if (existing.isEmpty() && member == null) {
            existing = workshops.guestRegistrationOf(workshopId, SignUpCheck.phone(signUp), SignUpCheck.email(signUp));
        }
        if (existing.isPresent() && member == null) {
            // The same person with a contact they did not give before: keep it, so that contact finds them too.
            workshops.addGuestContact(existing.get().getId(), SignUpCheck.phone(signUp), SignUpCheck.email(signUp));
        }
        if (existing.isPresent()) {
            return new SignUpResult.AlreadyRegistered(
                    existing.get().getStatus(), existing.get().getTicketCode());
        }
        Registration signedUp = new Registration(
                workshopId,
                personKey,
                member == null ? null : member.getId(),
                member == null ? InputCheck.normaliseFreeText(signUp.guestName()) : null,
                member == null ? SignUpCheck.phone(signUp) : null,
                member == null ? SignUpCheck.email(signUp) : member.getEmail(),
                member == null ? now : null,
                InputCheck.normaliseFreeText(signUp.kiosk()),
                now);
        signedUp.setVisitorLanguage(signUp.language());
        Registration registration = workshops.register(signedUp);
        LocalDateTime reminderAt =
                workshop.getStartsAt().minus(workshops.properties().reminderBefore());
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                KEY,
                String.valueOf(registration.getId()),
                WorkshopVariables.signedUp(
                        registration.getId(), workshop, reminderAt, reminderAt.isAfter(now), clock.getZone()));
        workshops.attachProcess(registration.getId(), instance.getId());
        Registration decided = workshops.registration(registration.getId()).orElseThrow();
        if (decided.getStatus() == RegistrationStatus.CONFIRMED) {
            return new SignUpResult.Confirmed(decided.getId(), decided.getTicketCode());
        }
        return new SignUpResult.Waitlisted(decided.getId(), workshops.waitingBefore(decided));
    }

    /** Takes a seat offered by e-mail (the link's token). */
    @Transactional
    public TicketResult acceptOffer(String token) {
        return workshops.byOfferToken(token).map(this::accept).orElseGet(TicketResult.Unknown::new);
    }

    /** Takes a seat offered to the holder of this card, at a kiosk. */
    @Transactional
    public TicketResult acceptOfferWithCard(long workshopId, String cardNumber) {
        return workshops
                .memberRegistration(workshopId, cardNumber)
                .map(this::accept)
                .orElseGet(TicketResult.Unknown::new);
    }

    private TicketResult accept(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.OFFERED) {
            return new TicketResult.NotValid(
                    "error.offer." + registration.getStatus().name());
        }
        if (waitlist.expired(registration)) {
            return new TicketResult.NotValid("error.offer.OFFER_EXPIRED");
        }
        correlate(MESSAGE_OFFER_ACCEPTED, registration, WorkshopVariables.offerTaken());
        Registration confirmed = workshops.registration(registration.getId()).orElseThrow();
        return new TicketResult.OfferTaken(confirmed.getId(), confirmed.getTicketCode());
    }

    /** The visitor cancels with the ticket (scanned or typed); the seat goes to the next person. */
    @Transactional
    public TicketResult cancelWithTicket(String scanned) {
        return workshops.ticket(scanned).map(this::cancel).orElseGet(TicketResult.Unknown::new);
    }

    /** The visitor cancels with the membership card, at a kiosk, for one workshop. */
    @Transactional
    public TicketResult cancelWithCard(long workshopId, String cardNumber) {
        return workshops
                .memberRegistration(workshopId, cardNumber)
                .map(this::cancel)
                .orElseGet(TicketResult.Unknown::new);
    }

    /**
     * Cancels an open registration by its id (a data subject's deletion request ends it first): the seat, or
     * the place on the waitlist, goes to the next person as with a visitor's own cancellation.
     */
    @Transactional
    public void cancelRegistration(long registrationId) {
        workshops.registration(registrationId).filter(Registration::isOpen).ifPresent(this::cancel);
    }

    private TicketResult cancel(Registration registration) {
        Workshop workshop = workshops.find(registration.getWorkshopId()).orElseThrow();
        if (!registration.isOpen()) {
            return new TicketResult.NotValid(
                    "error.ticket." + registration.getStatus().name());
        }
        correlate(MESSAGE_REGISTRATION_CANCELLED, registration, Map.of());
        return new TicketResult.Cancelled(workshop.getTitle());
    }

    /**
     * A ticket shown at the door of the event room: attendance of the session under way (from an hour
     * before it starts); a second scan counts once. Tickets of another workshop or day are refused.
     */
    @Transactional
    public TicketResult scanTicket(String scanned, String kiosk) {
        return scanTicket(scanned, kiosk, null);
    }

    /**
     * As {@link #scanTicket(String, String)}, at the door of one workshop: a ticket for any other
     * workshop is turned away even while that one is under way too (in another room).
     */
    @Transactional
    public TicketResult scanTicket(String scanned, String kiosk, Long doorOfWorkshop) {
        Optional<String> code = TicketCodes.parse(scanned);
        Optional<Registration> found = code.flatMap(workshops::byTicket);
        if (code.isEmpty()) {
            // A member who left the ticket at home shows the membership card: their registration counts.
            found = workshops.registrationUnderWayOfCard(scanned, doorOfWorkshop);
        }
        if (found.isEmpty()) {
            return new TicketResult.Unknown(ScannedCode.of(scanned).masked(), code.isPresent());
        }
        Registration registration = found.get();
        Workshop workshop = workshops.find(registration.getWorkshopId()).orElseThrow();
        if (doorOfWorkshop != null && !doorOfWorkshop.equals(workshop.getId())) {
            return new TicketResult.OtherWorkshop(workshop.getTitle());
        }
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            return new TicketResult.NotValid(
                    "error.ticket." + registration.getStatus().name());
        }
        Optional<WorkshopSession> session = workshops.currentSession(workshop.getId());
        if (session.isEmpty()) {
            return new TicketResult.NotNow(
                    workshop.getTitle(),
                    workshops.nextSessionStart(workshop.getId()).orElse(null));
        }
        String callName = workshops.callName(registration);
        if (workshops.alreadyScanned(registration.getId(), session.get().getId())) {
            return new TicketResult.Admitted(callName, workshop.getTitle(), false);
        }
        correlate(
                MESSAGE_TICKET_SCANNED,
                registration,
                WorkshopVariables.ticketScanned(session.get().getId(), InputCheck.normaliseFreeText(kiosk)));
        return new TicketResult.Admitted(callName, workshop.getTitle(), true);
    }

    private void correlate(String message, Registration registration, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
                .processInstanceId(registration.getProcessInstanceId())
                .setVariables(variables)
                .correlate();
    }
}
