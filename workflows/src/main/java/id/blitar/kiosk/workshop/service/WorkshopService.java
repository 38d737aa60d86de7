package id.blitar.kiosk.workshop.service;

import id.blitar.kiosk.base.CallName;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.workshop.domain.Attendance;
import id.blitar.kiosk.workshop.domain.AttendanceRepository;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationRepository;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopRepository;
import id.blitar.kiosk.workshop.domain.WorkshopSession;
import id.blitar.kiosk.workshop.domain.WorkshopSessionRepository;
import id.blitar.kiosk.workshop.service.WorkshopDraft.SessionDraft;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme and its registrations. Everything that changes the seats of a workshop first locks
 * the workshop's row, so sign-ups, cancellations and offers of one workshop happen one at a time on
 * every node: never more seats than capacity, the waitlist in the order the database saw the sign-ups.
 */
@Service
@EnableConfigurationProperties(WorkshopProperties.class)
public class WorkshopService {

    public static final int MAX_CAPACITY = 1000;

    private final WorkshopRepository workshops;
    private final WorkshopSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final AttendanceRepository attendance;
    private final WorkshopProperties properties;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final MemberService members;

    WorkshopService(
            WorkshopRepository workshops,
            WorkshopSessionRepository sessions,
            RegistrationRepository registrations,
            AttendanceRepository attendance,
            WorkshopProperties properties,
            Clock clock,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            MemberService members) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendance = attendance;
        this.properties = properties;
        this.clock = clock;
        this.entityManager = entityManager;
        this.events = events;
        this.members = members;
    }

    // ----- programme -------------------------------------------------------------------------------

    /** Translation keys of what is wrong with a draft; empty when it may be saved. */
    public List<String> problemsOf(WorkshopDraft draft, Workshop existing) {
        List<String> problems = new ArrayList<>();
        InputCheck.longTextProblem(draft.title(), Workshop.MAX_TITLE)
                .ifPresent(p -> problems.add("error.workshop.title"));
        if (draft.description() != null && !draft.description().isBlank()) {
            InputCheck.longTextProblem(draft.description(), Workshop.MAX_DESCRIPTION)
                    .ifPresent(problems::add);
        }
        if (draft.type() == null) {
            problems.add("error.workshop.type");
        }
        if (draft.audience() == null || draft.audience().isEmpty()) {
            problems.add("error.workshop.audience");
        }
        if (draft.room() == null || draft.room().isBlank()) {
            problems.add("error.workshop.room");
        } else {
            InputCheck.freeTextProblem(draft.room(), Workshop.MAX_ROOM).ifPresent(problems::add);
        }
        InputCheck.freeTextProblem(draft.partner(), Workshop.MAX_PARTNER).ifPresent(problems::add);
        if (draft.capacity() == null || draft.capacity() < 1 || draft.capacity() > MAX_CAPACITY) {
            problems.add("error.workshop.capacity");
        } else if (existing != null && draft.capacity() < existing.getSeatsTaken()) {
            problems.add("error.workshop.capacityBelowTaken");
        }
        List<SessionDraft> list = draft.sessions() == null ? List.of() : draft.sessions();
        if (list.isEmpty() || list.stream().anyMatch(s -> s.startsAt() == null || s.endsAt() == null)) {
            problems.add("error.workshop.sessions");
        } else if (list.stream().anyMatch(s -> !s.endsAt().isAfter(s.startsAt()))) {
            problems.add("error.workshop.sessionEnd");
        }
        if (draft.registrationOpensAt() == null
                || draft.registrationClosesAt() == null
                || !draft.registrationClosesAt().isAfter(draft.registrationOpensAt())) {
            problems.add("error.workshop.window");
        } else if (!problems.contains("error.workshop.sessions")
                && !problems.contains("error.workshop.sessionEnd")
                && draft.registrationClosesAt().isAfter(firstStart(list))) {
            problems.add("error.workshop.windowAfterStart");
        }
        return problems.stream().distinct().toList();
    }

    private static LocalDateTime firstStart(List<SessionDraft> list) {
        return list.stream()
                .map(SessionDraft::startsAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /**
     * Saves a new or changed workshop (the programme screen); translation keys of problems, nothing saved, when
     * there are any. A cancelled workshop stays as it is.
     */
    @Transactional
    public List<String> save(Long workshopId, WorkshopDraft draft, String user) {
        Workshop existing = workshopId == null ? null : find(workshopId).orElse(null);
        if (existing != null && existing.isCancelled()) {
            return List.of("error.workshop.cancelled");
        }
        List<String> problems = problemsOf(draft, existing);
        if (!problems.isEmpty()) {
            return problems;
        }
        store(workshopId, draft, user);
        return List.of();
    }

    /** Stores a draft {@link #problemsOf} found nothing wrong with, as a new workshop or over an existing one (sessions replaced). */
    @Transactional
    public Workshop store(Long workshopId, WorkshopDraft draft, String user) {
        Workshop workshop = workshopId == null ? new Workshop(user, LocalDateTime.now(clock)) : lockRow(workshopId);
        workshop.describe(
                draft.title().strip(),
                draft.description() == null || draft.description().isBlank()
                        ? null
                        : draft.description().strip(),
                draft.type(),
                draft.audience(),
                InputCheck.normaliseFreeText(draft.room()),
                draft.capacity(),
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                InputCheck.normaliseFreeText(draft.partner()));
        List<SessionDraft> list = draft.sessions().stream()
                .sorted(Comparator.comparing(SessionDraft::startsAt))
                .toList();
        workshop.schedule(list.get(0).startsAt(), list.get(list.size() - 1).endsAt());
        Workshop saved = workshops.save(workshop);
        List<WorkshopSession> old = sessions.findByWorkshopIdOrderByStartsAt(saved.getId());
        boolean same = old.size() == list.size();
        for (int i = 0; same && i < old.size(); i++) {
            same = old.get(i).getStartsAt().equals(list.get(i).startsAt())
                    && old.get(i).getEndsAt().equals(list.get(i).endsAt());
        }
        if (!same) {
            sessions.deleteAll(old);
            list.forEach(
                    s -> sessions.save(new WorkshopSession(saved.getId(), s.startsAt(), s.endsAt(), saved.getRoom())));
        }
        changed(saved.getId());
        return saved;
    }

    /** The workshop, locked for the rest of the transaction, with its state as the database has it now. */
    @Transactional
    public Optional<Workshop> lock(long workshopId) {
        Workshop workshop = entityManager.find(Workshop.class, workshopId);
        if (workshop == null) {
            return Optional.empty();
        }
        // A refresh, not a locking query: a workshop read earlier in this transaction would otherwise keep
        // its stale seat count after the lock, and two sign-ups could take the same last seat.
        entityManager.refresh(workshop, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(workshop);
    }

    private Workshop lockRow(long workshopId) {
        return lock(workshopId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Workshop> find(long workshopId) {
        return workshops.findById(workshopId);
    }

    /** Workshops not yet over, soonest first (cancelled ones too, for staff). */
    @Transactional(readOnly = true)
    public List<Workshop> upcoming() {
        return workshops.upcoming(LocalDateTime.now(clock));
    }

    /** The programme visitors see: workshops not over yet and not cancelled, soonest first. */
    @Transactional(readOnly = true)
    public List<Workshop> publicProgramme() {
        return workshops.upcoming(LocalDateTime.now(clock)).stream()
                .filter(w -> !w.isCancelled())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<WorkshopSession> sessionsOf(long workshopId) {
        return sessions.findByWorkshopIdOrderByStartsAt(workshopId);
    }

    @Transactional
    public void cancelWorkshop(long workshopId) {
        lockRow(workshopId).cancel(LocalDateTime.now(clock));
        changed(workshopId);
    }

    private void changed(long workshopId) {
        events.publishEvent(new WorkshopChanged(workshopId));
    }

    // ----- registrations -------------------------------------------------------------------------

    /** A member's person key: a member holds one registration per workshop, whatever the card. */
    public static String memberKey(long memberId) {
        return "M:" + memberId;
    }

    /**
     * A guest's person key: their e-mail address, else their phone number.
     *
     * @param email in lower case, or null
     * @param phone in E.164 form, or null
     */
    public static String guestKey(String email, String phone) {
        return "G:" + (email != null ? email : phone);
    }

    /** The registration of the holder of this card for a workshop; empty for no card known. */
    @Transactional(readOnly = true)
    public Optional<Registration> memberRegistration(long workshopId, String cardNumber) {
        if (InputCheck.cardNumberProblem(ScannedCode.of(cardNumber).text()).isPresent()) {
            return Optional.empty();
        }
        return members.findByCard(cardNumber).flatMap(m -> registrationOf(workshopId, memberKey(m.getId())));
    }

    /**
     * The registration of the holder of this card for the workshop at this door ({@code null}: any workshop under
     * way now), for a member who left the ticket at home.
     */
    @Transactional(readOnly = true)
    public Optional<Registration> registrationUnderWayOfCard(String scanned, Long doorOfWorkshop) {
        Optional<Member> member = members.findByCard(scanned);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        List<Long> here = doorOfWorkshop != null
                ? List.of(doorOfWorkshop)
                : underWayNow().stream().map(Workshop::getId).toList();
        return here.stream()
                .map(id -> registrationOf(id, memberKey(member.get().getId())))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The name to greet the registered person with on a public screen ({@link CallName}), or null. */
    @Transactional(readOnly = true)
    public String callName(Registration registration) {
        if (registration.getMemberId() != null) {
            return members.findById(registration.getMemberId())
                    .map(Member::callName)
                    .orElse(null);
        }
        return CallName.of(registration.getGuestName()).orElse(null);
    }

    @Transactional(readOnly = true)
    public Optional<Registration> registrationOf(long workshopId, String personKey) {
        return registrations.findByWorkshopIdAndPersonKey(workshopId, personKey);
    }

    /**
     * Gives a guest's registration the phone number or e-mail address it lacks (the same person came back with
     * another contact); a contact it has is never replaced, and a member's registration is left alone.
     */
    @Transactional
    public void addGuestContact(long registrationId, String phone, String email) {
        registrations.findById(registrationId).ifPresent(r -> r.addMissingContact(phone, email));
    }

    /**
     * A registration for the workshop with this phone number or this e-mail address, whoever made it: the same
     * person signing up again with the other contact.
     *
     * @param phone in E.164 form, or null
     * @param email in lower case, or null
     */
    @Transactional(readOnly = true)
    public Optional<Registration> guestRegistrationOf(long workshopId, String phone, String email) {
        if (phone == null && email == null) {
            return Optional.empty();
        }
        return registrations.findByWorkshopAndContact(workshopId, phone, email).stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Registration> registration(long registrationId) {
        return registrations.findById(registrationId);
    }

    /** A registration by its ticket code in its one form ({@link TicketCodes#parse}). */
    @Transactional(readOnly = true)
    public Optional<Registration> byTicket(String code) {
        return registrations.findByTicketCode(code);
    }

    /** A registration by its ticket code as scanned or typed, for showing or printing the ticket again. */
    @Transactional(readOnly = true)
    public Optional<Registration> ticket(String scanned) {
        return TicketCodes.parse(scanned).flatMap(this::byTicket);
    }

    /** The registration a rating link is for, while the link is unused; empty for anything that is no token. */
    @Transactional(readOnly = true)
    public Optional<Registration> byFeedbackToken(String token) {
        return isToken(token) ? registrations.findByFeedbackToken(token.strip()) : Optional.empty();
    }

    @Transactional
    public String inviteToFeedback(long registrationId) {
        String token = TicketCodes.newToken();
        registrations.findById(registrationId).orElseThrow().inviteToFeedback(token);
        return token;
    }

    @Transactional
    public void feedbackGiven(long registrationId) {
        registrations.findById(registrationId).orElseThrow().feedbackGiven();
    }

    /** The registration an offer link is for (whatever its status now); empty for anything that is no token. */
    @Transactional(readOnly = true)
    public Optional<Registration> byOfferToken(String token) {
        return isToken(token) ? registrations.findByOfferToken(token.strip()) : Optional.empty();
    }

    /** The open offer behind an e-mail link, to show before it is taken. */
    @Transactional(readOnly = true)
    public Optional<Registration> offer(String token) {
        return byOfferToken(token).filter(r -> r.getStatus() == RegistrationStatus.OFFERED);
    }

    private static boolean isToken(String token) {
        return token != null && !token.isBlank() && token.length() <= 64;
    }

    @Transactional(readOnly = true)
    public List<Registration> registrationsOf(long workshopId) {
        return registrations.findByWorkshopIdOrderByIdAsc(workshopId);
    }

    @Transactional(readOnly = true)
    public List<Registration> openRegistrationsOf(long workshopId) {
        return registrations.findByWorkshopIdOrderByIdAsc(workshopId).stream()
                .filter(Registration::isOpen)
                .toList();
    }

    /** A member's registrations that have not ended, in one query. */
    @Transactional(readOnly = true)
    public List<Registration> openRegistrationsOfMember(long memberId) {
        return registrations.findByMemberIdAndEndedAtIsNull(memberId);
    }

    /** The open registrations of the holder of this card, for "Tiket saya" at the kiosk; empty for no card known. */
    @Transactional(readOnly = true)
    public Optional<List<Registration>> registrationsOfCard(String cardNumber) {
        if (InputCheck.cardNumberProblem(ScannedCode.of(cardNumber).text()).isPresent()) {
            return Optional.empty();
        }
        return members.findByCard(cardNumber).map(m -> openRegistrationsOfMember(m.getId()));
    }

    @Transactional(readOnly = true)
    public long waiting(long workshopId) {
        return registrations.countByWorkshopIdAndStatus(workshopId, RegistrationStatus.WAITLISTED);
    }

    /** How many wait before this registration on the waitlist. */
    @Transactional(readOnly = true)
    public long waitingBefore(Registration registration) {
        return registrations
                .findByWorkshopIdAndStatusIn(registration.getWorkshopId(), EnumSet.of(RegistrationStatus.WAITLISTED))
                .stream()
                .filter(r -> r.getWaitlistPosition() < registration.getWaitlistPosition())
                .count();
    }

    @Transactional
    public Registration register(Registration registration) {
        return registrations.save(registration);
    }

    @Transactional
    public void attachProcess(long registrationId, String processInstanceId) {
        registrations.findById(registrationId).orElseThrow().setProcessInstanceId(processInstanceId);
    }

    /** A seat if one is free, else the next place on the waitlist. Returns whether a seat was taken. */
    @Transactional
    public boolean reserveSeat(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        Workshop workshop = lockRow(registration.getWorkshopId());
        changed(workshop.getId());
        if (workshop.takeSeat()) {
            registration.confirm(newTicketCode(), LocalDateTime.now(clock));
            return true;
        }
        registration.waitlist(workshop.nextWaitlistPosition());
        return false;
    }

    /** A seat offered to this registration becomes its own: a ticket. */
    @Transactional
    public Registration confirmOffer(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        registration.confirm(newTicketCode(), LocalDateTime.now(clock));
        changed(registration.getWorkshopId());
        return registration;
    }

    /** The first person on the workshop's waitlist, if anyone waits. */
    @Transactional(readOnly = true)
    public Optional<Registration> firstWaiting(long workshopId) {
        return registrations.findFirstByWorkshopIdAndStatusOrderByWaitlistPositionAsc(
                workshopId, RegistrationStatus.WAITLISTED);
    }

    /**
     * Holds a freed seat for a registration on the waitlist until {@code expiresAt}: an offer, with the token of
     * its link. The workshop's row must be locked in this transaction ({@link #lock}).
     */
    @Transactional
    public void offerSeat(long registrationId, LocalDateTime at, LocalDateTime expiresAt) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        registration.offer(TicketCodes.newToken(), at, expiresAt);
        changed(registration.getWorkshopId());
    }

    /** A freed seat nobody is offered goes back to the workshop. Its row must be locked in this transaction. */
    @Transactional
    public void releaseSeat(long workshopId) {
        workshops.findById(workshopId).orElseThrow().releaseSeat();
        changed(workshopId);
    }

    /** Ends a registration; returns whether it held a seat (to be passed on). */
    @Transactional
    public boolean end(long registrationId, RegistrationStatus status) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        boolean heldSeat = registration.getStatus().holdsSeat();
        registration.end(status, LocalDateTime.now(clock));
        changed(registration.getWorkshopId());
        return heldSeat;
    }

    /**
     * Records a scanned ticket for a session; a second scan of the same session counts once.
     *
     * @return whether this scan was the first for the session
     */
    @Transactional
    public boolean recordAttendance(long registrationId, long sessionId, String kiosk) {
        if (attendance.existsByRegistrationIdAndSessionId(registrationId, sessionId)) {
            return false;
        }
        attendance.save(new Attendance(registrationId, sessionId, LocalDateTime.now(clock), kiosk));
        registrations.findById(registrationId).orElseThrow().attendedOnce();
        return true;
    }

    @Transactional(readOnly = true)
    public boolean alreadyScanned(long registrationId, long sessionId) {
        return attendance.existsByRegistrationIdAndSessionId(registrationId, sessionId);
    }

    /** When the workshop's next session starts, if one is still to come. */
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> nextSessionStart(long workshopId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessionsOf(workshopId).stream()
                .map(WorkshopSession::getStartsAt)
                .filter(s -> s.isAfter(now))
                .findFirst();
    }

    /** Workshops with a session whose doors are open now, for the door kiosk to choose from. */
    @Transactional(readOnly = true)
    public List<Workshop> underWayNow() {
        return upcoming().stream()
                .filter(w -> !w.isCancelled())
                .filter(w -> currentSession(w.getId()).isPresent())
                .toList();
    }

    /** The session of this workshop whose doors are open now, if any. */
    @Transactional(readOnly = true)
    public Optional<WorkshopSession> currentSession(long workshopId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessions.current(workshopId, now, now.plus(properties.doorsOpen())).stream()
                .findFirst();
    }

    /**
     * Forgets guests' names and everyone's contacts a while after their workshop ended, as the consent
     * text promises; counts, statuses and attendance stay for the reports. Returns how many.
     */
    @Transactional
    public int forgetContacts() {
        return registrations.forgetContactsOfWorkshopsEndedBefore(
                LocalDateTime.now(clock).minus(properties.contactRetention()));
    }

    public WorkshopProperties properties() {
        return properties;
    }

    private String newTicketCode() {
        String code;
        do {
            code = TicketCodes.newCode();
        } while (registrations.findByTicketCode(code).isPresent());
        return code;
    }
}
