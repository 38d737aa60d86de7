package id.blitar.kiosk.privacy.process;

import id.blitar.kiosk.base.AttemptLimiter;
import id.blitar.kiosk.base.Contact;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.MailTexts;
import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.base.VisitorLanguage;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.domain.DataRequestStatus;
import id.blitar.kiosk.privacy.domain.SubjectKind;
import id.blitar.kiosk.privacy.service.PersonalData;
import id.blitar.kiosk.privacy.service.PersonalDataService;
import id.blitar.kiosk.privacy.service.Subject;
import id.blitar.kiosk.workshop.service.TicketCodes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code data-request} process ({@code bpmn/data-request.bpmn}): key, element ids, variable names and the
 * facade of the kiosk's "Data saya" screen and the data-protection officer's page. A data subject sees what the
 * library holds about them and asks for its deletion (UU PDP, Law 27 of 2022, art. 7, 8 and 43: the controller
 * acts within 3 × 24 hours).
 */
@Component
public class DataRequestProcess {

    public static final String KEY = "data-request";

    public static final String START_EVENT = "StartEvent_DataRequested";
    public static final String TASK_REVIEW = "Task_ReviewDataRequest";
    public static final String EVENT_DEADLINE_REACHED = "Event_DeadlineReached";
    public static final String TASK_ESCALATE = "Task_EscalateToManagers";
    public static final String END_ESCALATED = "EndEvent_Escalated";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String TASK_END_OPEN_SERVICES = "Task_EndOpenServices";
    public static final String TASK_ERASE = "Task_ErasePersonalData";
    public static final String GATEWAY_ERASED = "Gateway_Erased";
    public static final String TASK_NOTIFY_ERASED = "Task_NotifyErased";
    public static final String END_DATA_ERASED = "EndEvent_DataErased";
    public static final String TASK_NOTIFY_REFUSED = "Task_NotifyRefused";
    public static final String END_REQUEST_REFUSED = "EndEvent_RequestRefused";

    /** The data-protection officer's group (pejabat pelindungan data pribadi, UU PDP art. 53). */
    public static final String GROUP_DATA_PROTECTION = "data-protection";
    /** Told when the deadline passes. */
    public static final String GROUP_MANAGERS = "managers";

    /** Codes sent to one e-mail address within an hour, at most. */
    public static final int CODES_PER_HOUR = 3;

    /** 3 × 24 hours (UU PDP art. 43 (2)). */
    public static final Duration DEADLINE = Duration.ofHours(72);

    /** Process variable names: ids, deadline and decision only, never personal data. */
    public static final class Var {
        public static final String DATA_REQUEST_ID = "dataRequestId";
        public static final String DUE_AT = "dueAt";
        public static final String APPROVED = "approved";
        public static final String SERVICES_STILL_RUNNING = "servicesStillRunning";

        private Var() {}

        /** The data request row of this instance; set when it starts. */
        static long dataRequestId(VariableScope scope) {
            return ((Number) scope.getVariable(DATA_REQUEST_ID)).longValue();
        }

        /** {@link #dataRequestId(VariableScope)}, of a running instance. */
        static long dataRequestId(RuntimeService runtime, String processInstanceId) {
            return ((Number) runtime.getVariable(processInstanceId, DATA_REQUEST_ID)).longValue();
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DataRequestRepository requests;
    private final PersonalDataService personalData;
    private final MemberService members;
    private final Mailer mailer;
    private final MailTexts texts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AttemptLimiter codesSent = new AttemptLimiter(CODES_PER_HOUR, Duration.ofHours(1), 10_000);

    DataRequestProcess(
            RuntimeService runtime,
            TaskService tasks,
            DataRequestRepository requests,
            PersonalDataService personalData,
            MemberService members,
            Mailer mailer,
            MailTexts texts,
            Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.requests = requests;
        this.personalData = personalData;
        this.members = members;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    /** What a scan on the "Data saya" screen found. */
    public sealed interface Lookup {
        /** A member or guest, what the library holds, and their newest request if there is one. */
        record Found(Subject subject, PersonalData data, Optional<RequestState> request) implements Lookup {}

        /** Nobody is known by this code; an earlier request's outcome when the data was deleted. */
        record Unknown(String masked, Optional<RequestState> request) implements Lookup {}
    }

    /** A request as its subject may see it. */
    public record RequestState(
            DataRequestStatus status,
            LocalDateTime requestedAt,
            LocalDateTime dueAt,
            LocalDateTime decidedAt,
            String reason) {
        static RequestState of(DataRequest r) {
            return new RequestState(r.getStatus(), r.getRequestedAt(), r.getDueAt(), r.getDecidedAt(), r.getReason());
        }
    }

    /**
     * A card or ticket scanned (or typed) on the "Data saya" screen. A decided request's outcome is shown once,
     * after which nothing links the request to the person.
     */
    @Transactional
    public Lookup lookUp(String scanned) {
        Optional<Subject> subject = personalData.member(scanned).or(() -> personalData.ticket(scanned));
        List<String> hashes = subject.map(s -> List.of(s.hash())).orElseGet(() -> hashesOf(scanned));
        Optional<DataRequest> request = hashes.stream()
                .map(requests::findFirstBySubjectHashOrderByRequestedAtDesc)
                .flatMap(Optional::stream)
                .findFirst();
        Optional<RequestState> state = request.map(RequestState::of);
        request.filter(DataRequest::isDecided)
                .filter(r -> r.getStatus() != DataRequestStatus.APPROVED)
                .ifPresent(r -> r.outcomeShown(now()));
        if (subject.isEmpty()) {
            return new Lookup.Unknown(ScannedCode.of(scanned).masked(), state);
        }
        return new Lookup.Found(subject.get(), personalData.of(subject.get()), state);
    }

    /** The hashes a deleted subject's card or ticket would have had. */
    private static List<String> hashesOf(String scanned) {
        List<String> hashes = new ArrayList<>();
        for (String candidate : ScannedCode.of(scanned).cardCandidates()) {
            if (InputCheck.cardNumberProblem(candidate).isEmpty()) {
                hashes.add(new Subject(SubjectKind.MEMBER, InputCheck.normaliseCardNumber(candidate), null, "", null)
                        .hash());
            }
        }
        TicketCodes.parse(scanned)
                .ifPresent(code -> hashes.add(new Subject(SubjectKind.TICKET, code, null, "", null).hash()));
        return hashes;
    }

    /** What asking for a code by e-mail did. */
    public sealed interface EmailCodeResult {
        /** Sent if the library holds data under the address; the screen says so either way. */
        record Sent(EmailChallenge challenge) implements EmailCodeResult {}

        /** Not an e-mail address: the translation key of the problem. */
        record Rejected(String problem) implements EmailCodeResult {}

        /** Too many codes for this address lately: try again after this many seconds. */
        record Throttled(long retryAfterSeconds) implements EmailCodeResult {}
    }

    /**
     * A guest without card or ticket types their e-mail address: a 6-digit code goes there, but only when the
     * library holds something under it (or a decided request to tell about). The answer does not say which, so
     * the kiosk cannot be used to find out whose addresses the library knows. At most {@link #CODES_PER_HOUR}
     * codes an hour per address, so nobody's mailbox is flooded from a kiosk.
     */
    public EmailCodeResult sendEmailCode(String typed) {
        return sendEmailCode(typed, VisitorLanguage.INDONESIAN);
    }

    /** {@link #sendEmailCode(String)}, the e-mail in the visitor's language. */
    public EmailCodeResult sendEmailCode(String typed, Locale language) {
        Optional<String> problem = InputCheck.emailProblem(typed);
        if (problem.isPresent()) {
            return new EmailCodeResult.Rejected(problem.get());
        }
        String email = Contact.email(typed);
        AttemptLimiter.Attempt attempt = codesSent.tryAttempt(email);
        if (!attempt.allowed()) {
            return new EmailCodeResult.Throttled(attempt.retryAfterSeconds());
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        EmailChallenge challenge = new EmailChallenge(email, code, clock.instant());
        boolean known = personalData.byEmail(email).isPresent()
                || requests.findFirstBySubjectHashOrderByRequestedAtDesc(
                                emailSubject(email).hash())
                        .isPresent();
        if (known) {
            MailTexts.Mail mail = texts.compose("dataCode", language, null, new Object[] {code}, new Object[] {
                code, String.valueOf(EmailChallenge.VALID_FOR.toMinutes())
            });
            mailer.send(email, mail.subject(), mail.body(), "kode-data-" + java.util.UUID.randomUUID());
        }
        return new EmailCodeResult.Sent(challenge);
    }

    /**
     * The code typed at the kiosk: when it matches, what the library holds under the address (or the outcome
     * of an earlier request), as a scan would show it.
     */
    @Transactional
    public Optional<Lookup> confirmEmailCode(EmailChallenge challenge, String typed, List<String> problems) {
        EmailChallenge.Outcome outcome = challenge.check(typed, clock.instant());
        if (outcome != EmailChallenge.Outcome.MATCHED) {
            problems.add("error.dataRequest.code." + outcome.name());
            return Optional.empty();
        }
        Optional<Subject> subject = personalData.byEmail(challenge.email());
        Optional<DataRequest> request = requests.findFirstBySubjectHashOrderByRequestedAtDesc(
                emailSubject(challenge.email()).hash());
        Optional<RequestState> state = request.map(RequestState::of);
        request.filter(DataRequest::isDecided)
                .filter(r -> r.getStatus() != DataRequestStatus.APPROVED)
                .ifPresent(r -> r.outcomeShown(now()));
        if (subject.isEmpty()) {
            return Optional.of(new Lookup.Unknown(PersonalData.maskEmail(challenge.email()), state));
        }
        return Optional.of(new Lookup.Found(subject.get(), personalData.of(subject.get()), state));
    }

    private static Subject emailSubject(String email) {
        return new Subject(SubjectKind.EMAIL, email, null, null, email);
    }

    /** What asking for deletion did. */
    public sealed interface RequestResult {
        record Requested(long requestId, LocalDateTime dueAt) implements RequestResult {}

        /** A request of this person is still being handled: no second one. */
        record AlreadyOpen(LocalDateTime dueAt) implements RequestResult {}
    }

    /** The subject asks at a kiosk to delete their data: recorded, and the officer's 72-hour task starts. */
    @Transactional
    public RequestResult request(Subject subject, String kiosk) {
        return request(subject, kiosk, VisitorLanguage.INDONESIAN);
    }

    /** {@link #request(Subject, String)}, the outcome's e-mail to go in the visitor's language. */
    @Transactional
    public RequestResult request(Subject subject, String kiosk, Locale language) {
        Optional<DataRequest> open = requests.findFirstBySubjectHashOrderByRequestedAtDesc(subject.hash())
                .filter(r -> r.getStatus() == DataRequestStatus.OPEN || r.getStatus() == DataRequestStatus.APPROVED);
        if (open.isPresent()) {
            return new RequestResult.AlreadyOpen(open.get().getDueAt());
        }
        if (subject.memberId() != null) {
            // Two kiosks, one card: the second request waits here and then finds the first.
            members.lock(subject.memberId());
            open = requests.findFirstBySubjectHashOrderByRequestedAtDesc(subject.hash())
                    .filter(r -> !r.isDecided() || r.getStatus() == DataRequestStatus.APPROVED);
            if (open.isPresent()) {
                return new RequestResult.AlreadyOpen(open.get().getDueAt());
            }
        }
        LocalDateTime now = now();
        LocalDateTime dueAt = now.plus(DEADLINE);
        DataRequest request = requests.save(new DataRequest(
                subject.kind(),
                subject.ref(),
                subject.hash(),
                subject.email(),
                InputCheck.normaliseFreeText(kiosk == null ? "" : kiosk),
                now,
                dueAt));
        request.setVisitorLanguage(language);
        ProcessInstance instance = runtime.startProcessInstanceByKey(
                KEY,
                String.valueOf(request.getId()),
                Map.of(Var.DATA_REQUEST_ID, request.getId(), Var.DUE_AT, date(dueAt)));
        request.started(instance.getId());
        return new RequestResult.Requested(request.getId(), dueAt);
    }

    /** A review task on the officer's page: the request and what a deletion would touch. */
    public record ReviewTask(
            String taskId, DataRequest request, String subjectName, Optional<PersonalData> data, boolean escalated) {}

    /** Open review tasks a user with these groups may decide, oldest deadline first. */
    @Transactional(readOnly = true)
    public List<ReviewTask> reviewTasks(List<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ReviewTask> result = new ArrayList<>();
        for (Task task : tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskDefinitionKey(TASK_REVIEW)
                .taskCandidateGroupIn(groups)
                .orderByDueDate()
                .asc()
                .list()) {
            long id = Var.dataRequestId(runtime, task.getProcessInstanceId());
            DataRequest request = requests.findById(id).orElseThrow();
            Optional<Subject> subject = personalData.find(request.getSubjectKind(), request.getSubjectRef());
            String name = subject.flatMap(s -> s.memberId() == null
                            ? Optional.<String>empty()
                            : members.findById(s.memberId()).map(Member::getFullName))
                    .orElse(null);
            result.add(new ReviewTask(
                    task.getId(), request, name, subject.map(personalData::of), request.getEscalatedAt() != null));
        }
        return result;
    }

    /**
     * The officer's decision. A refusal needs a reason, which the person is told.
     *
     * @return translation keys of problems (nothing done), or empty
     */
    @Transactional
    public List<String> decide(String taskId, String officer, boolean approve, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (!approve && why.isEmpty()) {
            return List.of("error.dataRequest.reasonNeeded");
        }
        if (why.length() > DataRequest.MAX_REASON) {
            return List.of("error.dataRequest.reasonTooLong");
        }
        // The person is told this sentence by e-mail or at the kiosk: ordinary punctuation ("Catatan: ...!")
        // and line breaks are fine, control characters are not.
        Optional<String> problem =
                why.isEmpty() ? Optional.empty() : InputCheck.longTextProblem(why, DataRequest.MAX_REASON);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return List.of("error.dataRequest.gone");
        }
        long id = Var.dataRequestId(runtime, task.getProcessInstanceId());
        DataRequest request = requests.findById(id).orElseThrow();
        if (approve) {
            request.approve(officer, why.isEmpty() ? null : why, now());
        } else {
            request.refuse(officer, why, now());
        }
        tasks.complete(taskId, Map.of(Var.APPROVED, approve));
        return List.of();
    }

    /** The audit log: every request, newest first (the newest 200). */
    @Transactional(readOnly = true)
    public List<DataRequest> auditLog() {
        return requests.findTop200ByOrderByRequestedAtDesc();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }
}
