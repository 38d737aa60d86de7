package id.blitar.kiosk.privacy.service;

import id.blitar.kiosk.base.Contact;
import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.privacy.domain.SubjectKind;
import id.blitar.kiosk.question.service.QuestionProperties;
import id.blitar.kiosk.visit.service.VisitProperties;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.service.TicketCodes;
import id.blitar.kiosk.workshop.service.WorkshopProperties;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that knows every table holding a person's data: it lists a data subject's data for the
 * "Data saya" screen and deletes it on an approved request (UU PDP, Law 27 of 2022, art. 8 and 43).
 *
 * <p>What is deleted and what is kept, and why:
 * <ul>
 *   <li>the membership row is deleted (SLiMS stays the membership system: a member who wants to stop being a
 *       member ends it there, or the next import brings the membership fields back, without any history);
 *   <li>visits, questions, registrations and poll answers are kept as anonymous rows, so the monthly report
 *       and the SKM figures the library must publish do not change: the link to the person, names, contacts,
 *       institution, question text, answer, notes, tickets and free comments are deleted;
 *   <li>the Camunda history of every process instance of those rows is deleted by instance (ACT_HI_*), and
 *       e-mails still waiting in the outbox for the person's address are deleted.
 * </ul>
 * Plain SQL on purpose: a new table with personal data is added here, and {@code PersonalDataCatalogueIT}
 * fails until it is.
 */
@Service
public class PersonalDataService {

    /** Tables and columns that identify a person, each handled by {@link #erase(Subject)}. */
    public static final List<String> PERSONAL_COLUMNS = List.of(
            "member.card_number",
            "member.full_name",
            "member.email",
            "member.institution",
            "member.call_name",
            "visit.member_id",
            "visit.institution",
            "question.text",
            "question.email",
            "question.member_id",
            "question.answer",
            "question_note.text",
            "registration.member_id",
            "registration.guest_name",
            "registration.phone",
            "registration.email",
            "registration.person_key",
            "registration.ticket_code",
            "poll_answer.member_id",
            "poll_answer.comment",
            "scan_ledger.member_id",
            "scan_ledger.code_read",
            "data_request.subject_ref",
            "data_request.contact_email");

    private final JdbcTemplate jdbc;
    private final MemberService members;
    private final WorkshopService workshops;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Mailer mailer;
    private final Clock clock;
    private final VisitProperties visitProperties;
    private final QuestionProperties questionProperties;
    private final WorkshopProperties workshopProperties;

    PersonalDataService(
            JdbcTemplate jdbc,
            MemberService members,
            WorkshopService workshops,
            RuntimeService runtime,
            HistoryService history,
            Mailer mailer,
            Clock clock,
            VisitProperties visitProperties,
            QuestionProperties questionProperties,
            WorkshopProperties workshopProperties) {
        this.jdbc = jdbc;
        this.members = members;
        this.workshops = workshops;
        this.runtime = runtime;
        this.history = history;
        this.mailer = mailer;
        this.clock = clock;
        this.visitProperties = visitProperties;
        this.questionProperties = questionProperties;
        this.workshopProperties = workshopProperties;
    }

    /** How long each kind of data is kept, as the consent texts say (shown on the "Data saya" screen). */
    public record Retention(Period visits, Period questions, Duration questionEmails, Duration workshopContacts) {}

    public Retention retention() {
        return new Retention(
                visitProperties.retention(),
                questionProperties.retention(),
                questionProperties.emailRetention(),
                workshopProperties.contactRetention());
    }

    /** The member whose card was scanned or typed (check digits, prefixes and framing as at check-in). */
    @Transactional(readOnly = true)
    public Optional<Subject> member(String scanned) {
        return members.findByCard(scanned).map(PersonalDataService::subjectOf);
    }

    /**
     * The guest (or member) whose workshop ticket was scanned or typed. A member's ticket leads to the member:
     * their data is more than this one registration.
     */
    @Transactional(readOnly = true)
    public Optional<Subject> ticket(String scanned) {
        Optional<Registration> found = TicketCodes.parse(scanned).flatMap(workshops::byTicket);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Registration registration = found.get();
        if (registration.getMemberId() != null) {
            return members.findById(registration.getMemberId()).map(PersonalDataService::subjectOf);
        }
        String personKey = jdbc.queryForObject(
                "SELECT person_key FROM registration WHERE id = ?", String.class, registration.getId());
        return Optional.of(new Subject(
                SubjectKind.TICKET,
                registration.getTicketCode(),
                null,
                personKey,
                blankToNull(registration.getEmail())));
    }

    /**
     * A guest known by an e-mail address (questions answered by e-mail, workshop sign-ups without a card), or
     * empty when the library holds nothing under it. Only after the address's owner typed the code sent there.
     */
    @Transactional(readOnly = true)
    public Optional<Subject> byEmail(String typed) {
        String email = Contact.email(typed);
        if (email == null) {
            return Optional.empty();
        }
        Subject subject = new Subject(SubjectKind.EMAIL, email, null, null, email);
        long held = jdbc.queryForObject("SELECT COUNT(*) FROM question WHERE LOWER(email) = ?", Long.class, email)
                + jdbc.queryForObject(
                        "SELECT COUNT(*) FROM registration WHERE member_id IS NULL AND LOWER(email) = ?",
                        Long.class,
                        email);
        return held > 0 ? Optional.of(subject) : Optional.empty();
    }

    /** The subject of a stored request, found again by its card number or ticket code; empty once deleted. */
    @Transactional(readOnly = true)
    public Optional<Subject> find(SubjectKind kind, String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case MEMBER -> member(ref);
            case TICKET -> ticket(ref);
            case EMAIL -> byEmail(ref);
        };
    }

    private static Subject subjectOf(Member m) {
        return new Subject(
                SubjectKind.MEMBER, m.getCardNumber(), m.getId(), "M:" + m.getId(), blankToNull(m.getEmail()));
    }

    /** Everything held about the subject, masked for a public screen. */
    @Transactional(readOnly = true)
    public PersonalData of(Subject subject) {
        PersonalData.Membership membership = null;
        List<LocalDateTime> visitsThisYear = List.of();
        long visitsEarlier = 0;
        List<PersonalData.PollLine> polls = List.of();
        if (subject.memberId() != null) {
            Member m = members.findById(subject.memberId()).orElseThrow();
            membership = new PersonalData.Membership(
                    PersonalData.maskName(m.getFullName()),
                    PersonalData.maskCode(m.getCardNumber()),
                    m.getMemberType(),
                    m.getAgeGroup(),
                    PersonalData.maskEmail(m.getEmail()),
                    m.getInstitution(),
                    m.getExpiresOn());
            LocalDateTime yearStart = LocalDate.now(clock).withDayOfYear(1).atStartOfDay();
            visitsThisYear = jdbc.query(
                    "SELECT checked_in_at FROM visit WHERE member_id = ? AND checked_in_at >= ?"
                            + " ORDER BY checked_in_at DESC",
                    (rs, i) -> rs.getTimestamp(1).toLocalDateTime(),
                    subject.memberId(),
                    Timestamp.valueOf(yearStart));
            visitsEarlier = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM visit WHERE member_id = ? AND checked_in_at < ?",
                    Long.class,
                    subject.memberId(),
                    Timestamp.valueOf(yearStart));
            polls = jdbc.query(
                    "SELECT answered_at, mood FROM poll_answer WHERE " + POLLS_OF_MEMBER + " ORDER BY answered_at DESC",
                    (rs, i) -> new PersonalData.PollLine(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2)),
                    subject.memberId(),
                    subject.memberId());
        }
        List<PersonalData.QuestionLine> questions = jdbc.query(
                "SELECT asked_at, topic, status FROM question WHERE " + QUESTIONS_OF + " ORDER BY asked_at DESC",
                (rs, i) -> new PersonalData.QuestionLine(
                        rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3)),
                questionArgs(subject));
        List<PersonalData.RegistrationLine> registrations = jdbc.query(
                "SELECT w.title, w.starts_at, r.status, r.ticket_code FROM registration r"
                        + " JOIN workshop w ON w.id = r.workshop_id WHERE "
                        + REGISTRATIONS_OF
                                .replace("person_key", "r.person_key")
                                .replace("member_id", "r.member_id")
                                .replace("LOWER(email)", "LOWER(r.email)")
                        + " ORDER BY w.starts_at DESC",
                (rs, i) -> new PersonalData.RegistrationLine(
                        rs.getString(1),
                        rs.getTimestamp(2).toLocalDateTime(),
                        rs.getString(3),
                        rs.getString(4) == null ? null : PersonalData.maskCode(rs.getString(4))),
                registrationArgs(subject));
        return new PersonalData(membership, visitsThisYear, visitsEarlier, questions, registrations, polls);
    }

    /** A member's poll answers: their own, or of their visits. Two arguments: the member id twice. */
    private static final String POLLS_OF_MEMBER =
            "member_id = ? OR visit_id IN (SELECT id FROM visit WHERE member_id = ?)";

    /**
     * A subject's questions: asked as the member, during the member's visits, or from the subject's e-mail
     * address. Arguments from {@link #questionArgs(Subject)}.
     */
    private static final String QUESTIONS_OF =
            "member_id = ? OR visit_id IN (SELECT id FROM visit WHERE member_id = ?) OR LOWER(email) = ?";

    /**
     * A subject's workshop registrations: by their person key (a member's {@code M:<id>}, a guest's key), or a
     * guest's registrations under their e-mail address. Arguments from {@link #registrationArgs(Subject)}.
     */
    private static final String REGISTRATIONS_OF = "(person_key = ? OR (member_id IS NULL AND LOWER(email) = ?))";

    /** Matches no row: for a subject without a person key or e-mail address. */
    private static final String NOTHING = "\u0000";

    private static Object[] registrationArgs(Subject subject) {
        return new Object[] {
            subject.personKey() == null ? NOTHING : subject.personKey(),
            subject.email() == null ? NOTHING : subject.email().toLowerCase(java.util.Locale.ROOT)
        };
    }

    private static Object[] questionArgs(Subject subject) {
        // -1 matches no row: a guest has no member id.
        long member = subject.memberId() == null ? -1L : subject.memberId();
        return new Object[] {
            member, member, subject.email() == null ? NOTHING : subject.email().toLowerCase(java.util.Locale.ROOT)
        };
    }

    /**
     * Process instances of the subject's rows (visits, questions, registrations, poll answers) that are
     * still running: a deletion first ends them.
     */
    @Transactional(readOnly = true)
    public List<String> runningProcesses(Subject subject) {
        List<String> ids = new ArrayList<>(processInstanceIds(subject));
        if (ids.isEmpty()) {
            return List.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list().stream()
                .map(p -> p.getId())
                .toList();
    }

    /** Open workshop registrations of the subject (confirmed, waitlisted, offered), for cancelling first. */
    @Transactional(readOnly = true)
    public List<Long> openRegistrations(Subject subject) {
        return jdbc.queryForList(
                "SELECT id FROM registration WHERE " + REGISTRATIONS_OF
                        + " AND status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED')",
                Long.class,
                registrationArgs(subject));
    }

    /** Ends the subject's running process instances (visits under way, questions waiting) without history. */
    @Transactional
    public int endRunningProcesses(Subject subject, String reason) {
        List<String> running = runningProcesses(subject);
        if (!running.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(running, reason, true, true, false);
        }
        return running.size();
    }

    /**
     * Deletes the subject's personal data in the caller's transaction. Nothing is deleted, and empty is
     * returned, while one of the subject's processes is still running (ended first by {@link
     * #endRunningProcesses}): a member who checked in again meanwhile.
     */
    @Transactional
    public Optional<ErasureSummary> erase(Subject subject) {
        if (subject.memberId() != null) {
            // A check-in waits for this row lock, then finds no member.
            members.lock(subject.memberId());
        }
        if (!runningProcesses(subject).isEmpty()) {
            return Optional.empty();
        }
        Set<String> instances = processInstanceIds(subject);
        int histories = instances.isEmpty()
                ? 0
                : (int) history.createHistoricProcessInstanceQuery()
                        .processInstanceIds(instances)
                        .count();
        if (!instances.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(List.copyOf(instances));
        }
        Object[] qArgs = questionArgs(subject);
        jdbc.update(
                "DELETE FROM question_note WHERE question_id IN (SELECT id FROM question WHERE " + QUESTIONS_OF + ")",
                qArgs);
        int questions = jdbc.update(
                "UPDATE question SET text = '', email = NULL, answer = NULL, member_id = NULL, visit_id = NULL,"
                        + " process_instance_id = NULL WHERE " + QUESTIONS_OF,
                qArgs);
        int registrations = jdbc.update(
                "UPDATE registration SET member_id = NULL, guest_name = NULL, phone = NULL, email = NULL,"
                        + " ticket_code = NULL, offer_token = NULL, feedback_token = NULL, process_instance_id = NULL,"
                        + " person_key = CONCAT('X:', id) WHERE " + REGISTRATIONS_OF,
                registrationArgs(subject));
        int polls = 0;
        int visits = 0;
        int scans = 0;
        int member = 0;
        if (subject.memberId() != null) {
            long id = subject.memberId();
            polls = jdbc.update(
                    "UPDATE poll_answer SET member_id = NULL, comment = NULL, process_instance_id = NULL WHERE "
                            + POLLS_OF_MEMBER,
                    id,
                    id);
            String memberType = jdbc.queryForObject("SELECT member_type FROM member WHERE id = ?", String.class, id);
            visits = jdbc.update(
                    "UPDATE visit SET member_id = NULL, institution = NULL, process_instance_id = NULL,"
                            + " erased_member_type = ?, erased_member_key = ? WHERE member_id = ?",
                    memberType,
                    UUID.randomUUID().toString(),
                    id);
            scans = jdbc.update(
                    "UPDATE scan_ledger SET member_id = NULL, code_read = NULL WHERE member_id = ? OR code_read = ?",
                    id,
                    subject.ref());
            member = jdbc.update("DELETE FROM member WHERE id = ?", id);
        }
        int emails = subject.email() == null ? 0 : mailer.forget(subject.email());
        return Optional.of(
                new ErasureSummary(member, visits, questions, registrations, polls, scans, histories, emails));
    }

    /** Every process instance id of the subject's rows, running or ended. */
    private Set<String> processInstanceIds(Subject subject) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(jdbc.queryForList(
                "SELECT process_instance_id FROM question WHERE process_instance_id IS NOT NULL AND (" + QUESTIONS_OF
                        + ")",
                String.class,
                questionArgs(subject)));
        ids.addAll(jdbc.queryForList(
                "SELECT process_instance_id FROM registration WHERE process_instance_id IS NOT NULL AND "
                        + REGISTRATIONS_OF,
                String.class,
                registrationArgs(subject)));
        if (subject.memberId() != null) {
            long id = subject.memberId();
            ids.addAll(jdbc.queryForList(
                    "SELECT process_instance_id FROM visit WHERE process_instance_id IS NOT NULL AND member_id = ?",
                    String.class,
                    id));
            ids.addAll(jdbc.queryForList(
                    "SELECT process_instance_id FROM poll_answer WHERE process_instance_id IS NOT NULL AND ("
                            + POLLS_OF_MEMBER + ")",
                    String.class,
                    id,
                    id));
        }
        return ids;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
