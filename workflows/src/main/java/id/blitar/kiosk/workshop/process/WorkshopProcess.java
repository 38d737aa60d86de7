package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.base.CallName;
import id.blitar.kiosk.base.Contact;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopSession;
import id.blitar.kiosk.workshop.service.TicketCodes;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code workshop-registration} process ({@code bpmn/workshop-registration.bpmn}): key, element
 * ids, messages, variable names, and the facade the kiosks and the programme screen call.
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
    // A lapsed offer ends SubProcess_Waitlist in EndEvent_OfferLapsed; the process itself then ends here.
    public static final String END_OFFER_EXPIRED = "EndEvent_OfferExpired";
    public static final String EVENT_WAITLIST_CLOSED = "Event_WaitlistClosed";
    public static final String END_WAITLIST_CLOSED = "EndEvent_WaitlistClosed";
    public static final String TASK_LEAVE_WAITLIST = "Task_LeaveWaitlist";
    public static final String END_LEFT_WAITLIST = "EndEvent_LeftWaitlist";

    public static final String MESSAGE_SEAT_OFFERED = "SeatOffered";
    public static final String MESSAGE_OFFER_ACCEPTED = "OfferAccepted";
    public static final String MESSAGE_REGISTRATION_CANCELLED = "RegistrationCancelled";
    public static final String MESSAGE_WORKSHOP_CANCELLED = "WorkshopCancelled";
    public static final String MESSAGE_TICKET_SCANNED = "TicketScanned";

    /** Process variable names. */
    public static final class Var {
        public static final String REGISTRATION_ID = "registrationId";
        public static final String WORKSHOP_ID = "workshopId";
        public static final String CONFIRMED = "confirmed";
        public static final String STARTS_AT = "startsAt";
        public static final String ENDS_AT = "endsAt";
        public static final String REMINDER_AT = "reminderAt";
        public static final String REMINDER_DUE = "reminderDue";
        public static final String OFFER_EXPIRES_AT = "offerExpiresAt";
        public static final String OFFER_TAKEN = "offerTaken";
        public static final String SESSION_ID = "sessionId";
        public static final String KIOSK = "kiosk";
        public static final String ATTENDED = "attended";

        private Var() {}

        /** The registration this instance is for; set when it starts. */
        static long registrationId(VariableScope scope) {
            return ((Number) scope.getVariable(REGISTRATION_ID)).longValue();
        }

        /** The session whose door scanned the ticket; sent with {@code TicketScanned}. */
        static long sessionId(VariableScope scope) {
            return ((Number) scope.getVariable(SESSION_ID)).longValue();
        }

        /** The door kiosk that scanned the ticket (null if it gave no name); sent with {@code TicketScanned}. */
        static String kiosk(VariableScope scope) {
            return (String) scope.getVariable(KIOSK);
        }
    }

    private final RuntimeService runtime;
    private final WorkshopService workshops;
    private final MemberService members;
    private final PollProcess polls;
    private final Clock clock;

    WorkshopProcess(
            RuntimeService runtime, WorkshopService workshops, MemberService members, PollProcess polls, Clock clock) {
        this.runtime = runtime;
        this.workshops = workshops;
        this.members = members;
        this.polls = polls;
        this.clock = clock;
    }

    // ----- programme (staff) ---------------------------------------------------------------------

    /** Saves a new or changed workshop; translation keys of problems, nothing saved, when there are any. */
    @Transactional
    public List<String> save(Long workshopId, WorkshopDraft draft, String user) {
        Workshop existing =
                workshopId == null ? null : workshops.find(workshopId).orElse(null);
        if (existing != null && existing.isCancelled()) {
            return List.of("error.workshop.cancelled");
        }
        List<String> problems = workshops.problemsOf(draft, existing);
        if (!problems.isEmpty()) {
            return problems;
        }
        workshops.save(workshopId, draft, user);
        return List.of();
    }

    /** Cancels a workshop: every registration ends and everyone with an address is told. */
    @Transactional
    public void cancelWorkshop(long workshopId) {
        workshops.cancelWorkshop(workshopId);
        for (Registration registration : workshops.openRegistrationsOf(workshopId)) {
            correlate(MESSAGE_WORKSHOP_CANCELLED, registration, Map.of());
        }
    }

    /** Workshops not over yet, soonest first, cancelled ones too (staff). */
    public List<Workshop> upcoming() {
        return workshops.upcoming();
    }

    /** The programme visitors see: not over yet, not cancelled, soonest first. */
    public List<Workshop> publicProgramme() {
        return workshops.publicProgramme();
    }

    public Optional<Workshop> workshop(long workshopId) {
        return workshops.find(workshopId);
    }

    public List<WorkshopSession> sessionsOf(long workshopId) {
        return workshops.sessionsOf(workshopId);
    }

    public List<Registration> registrationsOf(long workshopId) {
        return workshops.registrationsOf(workshopId);
    }

    public long waiting(long workshopId) {
        return workshops.waiting(workshopId);
    }

    // ----- kiosk -----------------------------------------------------------------------------------

    /**
     * Signs a member or a guest up. The workshop's row is locked first, so a person cannot hold two
     * registrations and the seats and waitlist order are decided one sign-up at a time.
     */
    @Transactional
    public SignUpResult signUp(long workshopId, SignUp signUp) {
        List<String> problems = problemsOf(signUp);
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
        LocalDateTime now = workshops.now();
        if (workshop.isCancelled()) {
            return new SignUpResult.NotOpen("error.workshop.cancelled");
        }
        if (!workshop.isOpenForRegistration(now)) {
            return new SignUpResult.NotOpen(
                    now.isBefore(workshop.getRegistrationOpensAt())
                            ? "error.workshop.notYetOpen"
                            : "error.workshop.closed");
        }
        String personKey = member != null ? "M:" + member.getId() : guestKey(signUp);
        // A guest is one person by either contact, however it is written (see Contact).
        Optional<Registration> existing = workshops.registrationOf(workshopId, personKey);
        if (existing.isEmpty() && member == null) {
            existing = workshops.guestRegistrationOf(workshopId, phoneOf(signUp), Contact.email(signUp.email()));
        }
        if (existing.isPresent() && member == null) {
            // The same person with a contact they did not give before: keep it, so that contact finds them too.
            workshops.addGuestContact(existing.get().getId(), phoneOf(signUp), Contact.email(signUp.email()));
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
                member == null ? phoneOf(signUp) : null,
                member == null ? Contact.email(signUp.email()) : member.getEmail(),
                member == null ? now : null,
                InputCheck.normaliseFreeText(signUp.kiosk()),
                now);
        signedUp.setVisitorLanguage(signUp.language());
        Registration registration = workshops.register(signedUp);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.REGISTRATION_ID, registration.getId());
        variables.put(Var.WORKSHOP_ID, workshopId);
        variables.put(Var.STARTS_AT, date(workshop.getStartsAt()));
        variables.put(Var.ENDS_AT, date(workshop.getEndsAt()));
        LocalDateTime reminderAt =
                workshop.getStartsAt().minus(workshops.properties().reminderBefore());
        variables.put(Var.REMINDER_AT, date(reminderAt));
        variables.put(Var.REMINDER_DUE, reminderAt.isAfter(now));
        variables.put(Var.OFFER_TAKEN, false);
        ProcessInstance instance =
                runtime.startProcessInstanceByKey(KEY, String.valueOf(registration.getId()), variables);
        workshops.attachProcess(registration.getId(), instance.getId());
        Registration decided = workshops.registration(registration.getId()).orElseThrow();
        if (decided.getStatus() == RegistrationStatus.CONFIRMED) {
            return new SignUpResult.Confirmed(decided.getId(), decided.getTicketCode());
        }
        return new SignUpResult.Waitlisted(decided.getId(), workshops.waitingBefore(decided));
    }

    private List<String> problemsOf(SignUp signUp) {
        List<String> problems = new ArrayList<>();
        InputCheck.freeTextProblem(signUp.kiosk()).ifPresent(problems::add);
        if (signUp.isMember()) {
            InputCheck.cardNumberProblem(ScannedCode.of(signUp.cardNumber()).text())
                    .ifPresent(problems::add);
            return problems;
        }
        if (signUp.guestName() == null || signUp.guestName().isBlank()) {
            problems.add("error.signUp.name");
        } else {
            InputCheck.freeTextProblem(signUp.guestName()).ifPresent(problems::add);
        }
        boolean phone = signUp.phone() != null && !signUp.phone().isBlank();
        boolean email = signUp.email() != null && !signUp.email().isBlank();
        if (!phone && !email) {
            problems.add("error.signUp.contact");
        }
        if (phone && Contact.phone(signUp.phone()).isEmpty()) {
            problems.add("error.signUp.phone");
        }
        if (email) {
            InputCheck.emailProblem(signUp.email()).ifPresent(problems::add);
        }
        if (!signUp.consent()) {
            problems.add("error.consent.required");
        }
        return problems.stream().distinct().toList();
    }

    /** A guest's key: their e-mail address, else their phone number, each in its one form (see Contact). */
    private static String guestKey(SignUp signUp) {
        String email = Contact.email(signUp.email());
        return "G:" + (email != null ? email : phoneOf(signUp));
    }

    private static String phoneOf(SignUp signUp) {
        return Contact.phone(signUp.phone()).orElse(null);
    }

    /** Takes a seat offered by e-mail (the link's token). */
    @Transactional
    public TicketResult acceptOffer(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return new TicketResult.Unknown();
        }
        return workshops.byOfferToken(token.strip()).map(this::accept).orElseGet(TicketResult.Unknown::new);
    }

    /** The open offer behind an e-mail link, to show before it is taken. */
    @Transactional(readOnly = true)
    public Optional<Registration> offer(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return workshops.byOfferToken(token.strip()).filter(r -> r.getStatus() == RegistrationStatus.OFFERED);
    }

    /** Takes a seat offered to the holder of this card, at a kiosk. */
    @Transactional
    public TicketResult acceptOfferWithCard(long workshopId, String cardNumber) {
        return memberRegistration(workshopId, cardNumber).map(this::accept).orElseGet(TicketResult.Unknown::new);
    }

    private TicketResult accept(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.OFFERED) {
            return new TicketResult.NotValid(
                    "error.offer." + registration.getStatus().name());
        }
        if (!workshops.now().isBefore(registration.getOfferExpiresAt())) {
            return new TicketResult.NotValid("error.offer.OFFER_EXPIRED");
        }
        correlate(MESSAGE_OFFER_ACCEPTED, registration, Map.of(Var.OFFER_TAKEN, true));
        Registration confirmed = workshops.registration(registration.getId()).orElseThrow();
        return new TicketResult.OfferTaken(confirmed.getId(), confirmed.getTicketCode());
    }

    /** The visitor cancels with the ticket (scanned or typed); the seat goes to the next person. */
    @Transactional
    public TicketResult cancelWithTicket(String scanned) {
        return TicketCodes.parse(scanned)
                .flatMap(workshops::byTicket)
                .map(this::cancel)
                .orElseGet(TicketResult.Unknown::new);
    }

    /** The visitor cancels with the membership card, at a kiosk, for one workshop. */
    @Transactional
    public TicketResult cancelWithCard(long workshopId, String cardNumber) {
        return memberRegistration(workshopId, cardNumber).map(this::cancel).orElseGet(TicketResult.Unknown::new);
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
            found = registrationUnderWayOfCard(scanned, doorOfWorkshop);
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
            LocalDateTime now = workshops.now();
            LocalDateTime next = workshops.sessionsOf(workshop.getId()).stream()
                    .map(WorkshopSession::getStartsAt)
                    .filter(s -> s.isAfter(now))
                    .findFirst()
                    .orElse(null);
            return new TicketResult.NotNow(workshop.getTitle(), next);
        }
        String callName = callName(registration);
        if (workshops.alreadyScanned(registration.getId(), session.get().getId())) {
            return new TicketResult.Admitted(callName, workshop.getTitle(), false);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.SESSION_ID, session.get().getId());
        variables.put(Var.KIOSK, InputCheck.normaliseFreeText(kiosk));
        correlate(MESSAGE_TICKET_SCANNED, registration, variables);
        return new TicketResult.Admitted(callName, workshop.getTitle(), true);
    }

    private Optional<Registration> registrationUnderWayOfCard(String scanned, Long doorOfWorkshop) {
        Optional<Member> member = members.findByCard(scanned);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        String registrant = "M:" + member.get().getId();
        List<Long> here = doorOfWorkshop != null
                ? List.of(doorOfWorkshop)
                : underWayNow().stream().map(Workshop::getId).toList();
        return here.stream()
                .map(id -> workshops.registrationOf(id, registrant))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Workshops with a session whose doors are open now, for the door kiosk to choose from. */
    @Transactional(readOnly = true)
    public List<Workshop> underWayNow() {
        return workshops.upcoming().stream()
                .filter(w -> !w.isCancelled())
                .filter(w -> workshops.currentSession(w.getId()).isPresent())
                .toList();
    }

    /** A registration by its ticket code, for showing or printing the ticket again. */
    public Optional<Registration> ticket(String code) {
        return TicketCodes.parse(code).flatMap(workshops::byTicket);
    }

    /** The registrations of a member that are still open, for "Tiket saya" at the kiosk. */
    @Transactional(readOnly = true)
    public Optional<List<Registration>> registrationsOfCard(String cardNumber) {
        if (InputCheck.cardNumberProblem(ScannedCode.of(cardNumber).text()).isPresent()) {
            return Optional.empty();
        }
        return members.findByCard(cardNumber).map(m -> workshops.openRegistrationsOfMember(m.getId()));
    }

    // ----- rating from the invitation e-mail ------------------------------------------------------

    /** The workshop a rating link is for, while the link is unused. */
    @Transactional(readOnly = true)
    public Optional<Workshop> toRate(String token) {
        return byFeedbackToken(token).flatMap(r -> workshops.find(r.getWorkshopId()));
    }

    /**
     * An attendee rates the workshop from the link in the invitation: an exit-poll answer about the
     * workshop (an unhappy comment becomes a manager's follow-up), and the link is used up.
     *
     * @return translation keys of problems (nothing stored), or empty
     */
    @Transactional
    public List<String> rate(String token, Mood mood, String comment) {
        Optional<Registration> found = byFeedbackToken(token);
        if (found.isEmpty()) {
            return List.of("error.rate.link");
        }
        // A form sent twice at once must count once: the workshop's row lock orders the two, and the
        // second no longer finds the token.
        workshops.lock(found.get().getWorkshopId());
        if (workshops.byFeedbackToken(token.strip()).isEmpty()) {
            return List.of("error.rate.link");
        }
        List<String> problems = polls.rateWorkshop(found.get().getWorkshopId(), mood, comment);
        if (problems.isEmpty()) {
            workshops.feedbackGiven(found.get().getId());
        }
        return problems;
    }

    private Optional<Registration> byFeedbackToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return workshops.byFeedbackToken(token.strip());
    }

    // ----- used by the delegates -------------------------------------------------------------------

    /** A seat became free: offer it to the next person waiting (or give it back). */
    void passSeatOn(long workshopId) {
        workshops
                .passSeatOn(workshopId)
                .ifPresent(next -> correlate(
                        MESSAGE_SEAT_OFFERED, next, Map.of(Var.OFFER_EXPIRES_AT, date(next.getOfferExpiresAt()))));
    }

    /** Ends a registration and passes its seat on when it held one. */
    void end(long registrationId, RegistrationStatus status) {
        Registration registration = workshops.registration(registrationId).orElseThrow();
        if (workshops.end(registrationId, status)) {
            passSeatOn(registration.getWorkshopId());
        }
    }

    private void correlate(String message, Registration registration, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
                .processInstanceId(registration.getProcessInstanceId())
                .setVariables(variables)
                .correlate();
    }

    private Optional<Registration> memberRegistration(long workshopId, String cardNumber) {
        if (InputCheck.cardNumberProblem(ScannedCode.of(cardNumber).text()).isPresent()) {
            return Optional.empty();
        }
        return members.findByCard(cardNumber).flatMap(m -> workshops.registrationOf(workshopId, "M:" + m.getId()));
    }

    private String callName(Registration registration) {
        if (registration.getMemberId() != null) {
            return members.findById(registration.getMemberId())
                    .map(Member::callName)
                    .orElse(null);
        }
        return CallName.of(registration.getGuestName()).orElse(null);
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
