package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.ScanKind;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.domain.CloseReason;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.ScanLedgerEntry;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import id.blitar.kiosk.visit.service.Arrival;
import id.blitar.kiosk.visit.service.Arrival.GroupArrival;
import id.blitar.kiosk.visit.service.Arrival.GuestArrival;
import id.blitar.kiosk.visit.service.Arrival.MemberArrival;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code visit} process ({@code bpmn/visit.bpmn}): its key, element ids and variable names, and
 * the facade the kiosk calls to check visitors in and out.
 *
 * <p>Each facade method runs in one transaction with the engine, so a visit row and its process
 * instance commit together or not at all. Checks that must store no visit (bad input, unknown card,
 * a repeat scan) happen before the process starts. Card scans are idempotent by the kiosk's scan id
 * (the scan ledger, {@link #checkInMember(KioskScan, String)}).
 */
@Component
public class VisitProcess {

    public static final String KEY = "visit";

    public static final String START_EVENT = "StartEvent_VisitorArrived";
    public static final String TASK_RECORD_VISIT = "Task_RecordVisit";
    public static final String GATEWAY_WAIT_FOR_DEPARTURE = "Gateway_WaitForDeparture";
    public static final String EVENT_CHECKED_OUT = "Event_CheckedOut";
    public static final String EVENT_CLOSING_TIME = "Event_ClosingTime";
    public static final String TASK_RECORD_CHECK_OUT = "Task_RecordCheckOut";
    public static final String TASK_CLOSE_AT_CLOSING_TIME = "Task_CloseAtClosingTime";
    public static final String GATEWAY_MEMBERSHIP_VALID = "Gateway_MembershipValid";
    public static final String TASK_RENEW_MEMBERSHIP = "Task_RenewMembership";
    public static final String END_VISITOR_LEFT = "EndEvent_VisitorLeft";
    public static final String END_CLOSED_AT_CLOSING_TIME = "EndEvent_ClosedAtClosingTime";
    public static final String END_RENEWAL_HANDLED = "EndEvent_RenewalHandled";
    public static final String EVENT_RENEWAL_UNANSWERED = "Event_RenewalUnanswered";
    public static final String END_RENEWAL_UNANSWERED = "EndEvent_RenewalUnanswered";
    public static final String GATEWAY_RENEWED = "Gateway_Renewed";
    public static final String TASK_EXTEND_MEMBERSHIP = "Task_ExtendMembership";
    public static final String END_MEMBERSHIP_RENEWED = "EndEvent_MembershipRenewed";
    public static final String END_MEMBERSHIP_VALID = "EndEvent_MembershipValid";

    public static final String MESSAGE_CHECKED_OUT = "VisitorCheckedOut";
    public static final String GROUP_MEMBERSHIP = "membership";

    /** Process variable names. Variables hold ids and primitives, never entities. */
    public static final class Var {
        public static final String VISITOR_TYPE = "visitorType";
        public static final String MEMBER_ID = "memberId";
        public static final String AGE_GROUP = "ageGroup";
        public static final String PURPOSE = "purpose";
        public static final String ORIGIN = "origin";
        public static final String INSTITUTION = "institution";
        public static final String CONSENT = "consent";
        public static final String COUNT_CHILDREN = "countChildren";
        public static final String COUNT_TEENS = "countTeens";
        public static final String COUNT_ADULTS = "countAdults";
        public static final String COUNT_ELDERLY = "countElderly";
        public static final String KIOSK = "kiosk";
        public static final String VISIT_ID = "visitId";
        public static final String MEMBERSHIP_EXPIRED = "membershipExpired";
        public static final String CLOSING_TIME = "closingTime";
        public static final String RENEWAL_OUTCOME = "renewalOutcome";
        /** When a scanned member arrived (the scan's time, a {@link Date}); without it the visit arrives now. */
        public static final String ARRIVED_AT = "arrivedAt";
        /** When a scanned member left (the scan's time, a {@link Date}), sent with the check-out message. */
        public static final String DEPARTED_AT = "departedAt";

        private Var() {}

        /** The visit row of this instance; set by {@code Task_RecordVisit}. */
        static long visitId(VariableScope scope) {
            return ((Number) scope.getVariable(VISIT_ID)).longValue();
        }

        /** The member of a member's visit; only member visits have one. */
        static long memberId(VariableScope scope) {
            return ((Number) scope.getVariable(MEMBER_ID)).longValue();
        }

        /** The member of a member's visit, or null for a guest's or a group's. */
        static Long memberIdOrNull(VariableScope scope) {
            return scope.getVariable(MEMBER_ID) instanceof Number id ? id.longValue() : null;
        }

        /** When a scanned member arrived (the scan's time), or null: the visit arrives now. */
        static Instant arrivedAtOrNull(VariableScope scope) {
            return scope.getVariable(ARRIVED_AT) instanceof Date at ? at.toInstant() : null;
        }

        /** When a scanned member left (the exit scan's time, sent with the check-out message), or null: now. */
        static Instant departedAtOrNull(VariableScope scope) {
            return scope.getVariable(DEPARTED_AT) instanceof Date at ? at.toInstant() : null;
        }

        /** When the visit ends if the visitor never checks out (set by {@code Task_RecordVisit}), or null. */
        static Instant closingTimeOrNull(VariableScope scope) {
            return scope.getVariable(CLOSING_TIME) instanceof Date at ? at.toInstant() : null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(VisitProcess.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final VisitService visits;
    private final MemberService members;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    VisitProcess(
            RuntimeService runtime,
            TaskService tasks,
            VisitService visits,
            MemberService members,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.visits = visits;
        this.members = members;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Checks in the holder of a card, scanned now: a thin wrapper over {@link #checkInMember(KioskScan,
     * String)} with a fresh scan id.
     */
    public CheckInResult checkInMember(String cardNumber, String kiosk) {
        return checkInMember(KioskScan.now(ScanKind.CHECK_IN, cardNumber, clock.instant()), kiosk);
    }

    /**
     * Checks in the holder of a card as the kiosk scanned it, live or replayed from the kiosk's offline
     * queue. Idempotent by {@link KioskScan#id()}: the id goes into the scan ledger in the transaction that
     * stores the visit, and a scan id seen before stores nothing more and is answered as a repeat scan is
     * ({@code WelcomeBack}; {@code UnknownCard} or {@code Rejected} again for those). Two kiosks replaying the
     * same scan at once make one visit: the ledger's primary key lets one of them commit; the other is
     * answered from what that one stored.
     *
     * <p>Rules, at the scan's time as {@link ScanTime} believes it (a time after now is now; a scan from
     * before yesterday is refused, {@code error.scan.tooOld}, and recorded as refused):
     *
     * <ul>
     *   <li>bad card text is refused ({@code Rejected}) and recorded as refused;
     *   <li>an unknown card stores no visit; the ledger keeps what was read, masked, and it is logged for staff;
     *   <li>a member already inside at that time, or who began a visit within the repeat window before or after
     *       it, is welcomed back and not counted again ({@code WelcomeBack});
     *   <li>otherwise a visit process starts and the visit arrives at the scan's time ({@code Welcomed}); an
     *       expired membership (on that day) opens the renewal task.
     * </ul>
     *
     * <p>Returns only after the transaction committed. An exception (the database away) means nothing was
     * stored: the kiosk keeps the scan and sends it again.
     *
     * @param kiosk the name recorded with the visit (a device's name); a bad name is refused and nothing,
     *     not even the ledger row, is stored
     * @throws IllegalArgumentException when the scan is not a {@link ScanKind#CHECK_IN}
     */
    public CheckInResult checkInMember(KioskScan scan, String kiosk) {
        requireKind(scan, ScanKind.CHECK_IN);
        return (CheckInResult) handle(scan, kiosk).result();
    }

    /**
     * Records a scan replayed from a kiosk's offline queue by its kind ({@link #checkInMember(KioskScan,
     * String)} or {@link #checkOut(KioskScan, String)}) and says what became of it; {@link
     * ScanOutcome#DUPLICATE} when the scan id was stored before.
     */
    public ScanOutcome replay(KioskScan scan, String kiosk) {
        return handle(scan, kiosk).outcome();
    }

    /** Checks in a guest without a card; nothing is stored without consent or with bad input. */
    @Transactional
    public CheckInResult checkInGuest(GuestArrival arrival) {
        return checkInAnonymous(arrival);
    }

    /** Checks in a group once with its head counts. */
    @Transactional
    public CheckInResult checkInGroup(GroupArrival arrival) {
        return checkInAnonymous(arrival);
    }

    private CheckInResult checkInAnonymous(Arrival arrival) {
        List<String> problems = visits.problemsOf(arrival);
        if (!problems.isEmpty()) {
            return new CheckInResult.Rejected(problems);
        }
        Visit visit = start(arrival).visit();
        return new CheckInResult.Welcomed(visit.getId(), null, visits.visitNumberThisYear(visit), false);
    }

    /**
     * Checks a member out at an exit kiosk, scanned now: a thin wrapper over {@link #checkOut(KioskScan,
     * String)} with a fresh scan id.
     */
    public CheckOutResult checkOut(String cardNumber, String kiosk) {
        return checkOut(KioskScan.now(ScanKind.CHECK_OUT, cardNumber, clock.instant()), kiosk);
    }

    /**
     * Checks a member out as the exit kiosk scanned the card, live or replayed; idempotent by the scan id like
     * {@link #checkInMember(KioskScan, String)} (a scan id seen before is answered {@code Goodbye} or
     * {@code NotCheckedIn} again). At the scan's time as {@link ScanTime} believes it: the member's newest
     * visit of that day that had begun by then and is still open receives the check-out message and ends at
     * the scan's time; a visit that had already ended is a second scan at the exit ({@code Goodbye}, nothing
     * stored); no visit begun by then is {@code NotCheckedIn}.
     *
     * @throws IllegalArgumentException when the scan is not a {@link ScanKind#CHECK_OUT}
     */
    public CheckOutResult checkOut(KioskScan scan, String kiosk) {
        requireKind(scan, ScanKind.CHECK_OUT);
        return (CheckOutResult) handle(scan, kiosk).result();
    }

    /** What a scan did: the outcome for the replay endpoint and the result for the kiosk screen. */
    record Handled(ScanOutcome outcome, Object result) {}

    private static void requireKind(KioskScan scan, ScanKind kind) {
        if (scan.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " scan, not " + scan.kind());
        }
    }

    /**
     * One scan in one transaction. Conflicts are waits in the database, not pauses here: two scans of one card
     * queue on the member's row lock ({@code SELECT … FOR UPDATE}, also taken by the closing-time timer, so a
     * check-out and that timer never run at once), and two replays of one scan id on the ledger's primary key
     * (the second insert waits for the first transaction and then fails as a duplicate). On H2 the wait is
     * bounded by the URL's {@code LOCK_TIMEOUT}, on MySQL by {@code innodb_lock_wait_timeout}.
     */
    private Handled handle(KioskScan scan, String kiosk) {
        try {
            return transaction.execute(status -> handleOnce(scan, kiosk));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException e) {
            // Another kiosk (or a second replay) stored this scan id at the same moment: its commit won the
            // primary key, and everything this transaction wrote was rolled back. Answer from what it stored.
            Optional<Handled> stored =
                    readOnly.execute(status -> visits.scanEntry(scan.id()).map(entry -> duplicate(scan.kind(), entry)));
            if (stored != null && stored.isPresent()) {
                log.info("Scan {} was stored by a concurrent replay; answered from the ledger", scan.id());
                return stored.get();
            }
            throw e;
        }
    }

    private Handled handleOnce(KioskScan scan, String kiosk) {
        Optional<ScanLedgerEntry> seen = visits.scanEntry(scan.id());
        if (seen.isPresent()) {
            return duplicate(scan.kind(), seen.get());
        }
        ScannedCode scanned = ScannedCode.of(scan.code());
        Optional<String> kioskProblem = InputCheck.freeTextProblem(kiosk);
        if (kioskProblem.isPresent()) {
            return new Handled(ScanOutcome.REFUSED, rejected(scan.kind(), kioskProblem.get(), scanned.masked()));
        }
        Instant now = clock.instant();
        Ledger ledger = new Ledger(scan, InputCheck.normaliseFreeText(kiosk), now);
        if (ScanTime.kioskClockAhead(scan.scannedAt(), now)) {
            log.warn(
                    "Kiosk {} sent scan {} timed {}, ahead of the server's {}: counted as now; check its clock",
                    ledger.kiosk,
                    scan.id(),
                    scan.scannedAt(),
                    now);
        }
        Optional<String> problem = InputCheck.cardNumberProblem(scanned.text());
        Optional<LocalDateTime> at = ScanTime.believed(scan.scannedAt(), now, clock.getZone());
        if (problem.isEmpty() && at.isEmpty()) {
            problem = Optional.of(ScanTime.TOO_OLD);
        }
        if (problem.isPresent()) {
            ledger.write(at.orElse(null), ScanOutcome.REFUSED, problem.get(), scanned.masked(), null, null);
            return new Handled(ScanOutcome.REFUSED, rejected(scan.kind(), problem.get(), scanned.masked()));
        }
        // The row lock serialises two kiosks scanning the same card at once: the second sees the first visit.
        Optional<Member> found = members.lockByCard(scanned.text());
        // A replay of this scan by another kiosk may have committed while this one waited for the lock.
        seen = visits.scanEntry(scan.id());
        if (seen.isPresent()) {
            return duplicate(scan.kind(), seen.get());
        }
        if (found.isEmpty()) {
            log.warn(
                    "Unknown card {} scanned at kiosk {} (scan {} of {})",
                    scanned.masked(),
                    ledger.kiosk,
                    scan.id(),
                    at.get());
            ledger.write(at.get(), ScanOutcome.UNKNOWN_CARD, null, scanned.masked(), null, null);
            return new Handled(
                    ScanOutcome.UNKNOWN_CARD,
                    scan.kind() == ScanKind.CHECK_IN
                            ? new CheckInResult.UnknownCard(scanned.masked())
                            : new CheckOutResult.UnknownCard(scanned.masked()));
        }
        return scan.kind() == ScanKind.CHECK_IN
                ? arrive(found.get(), at.get(), ledger)
                : leave(found.get(), at.get(), ledger);
    }

    private Handled arrive(Member member, LocalDateTime at, Ledger ledger) {
        // Still inside at the scan's time, or back within the repeat window: one visit, counted once.
        VisitService.ArrivalMatch match = visits.matchArrival(member.getId(), at);
        Optional<Visit> same = match.same();
        if (same.isPresent()) {
            ledger.write(
                    at,
                    ScanOutcome.REPEAT,
                    null,
                    null,
                    member.getId(),
                    same.get().getId());
            return new Handled(
                    ScanOutcome.REPEAT,
                    new CheckInResult.WelcomeBack(member.callName(), visits.visitNumberThisYear(same.get())));
        }
        // A scan replayed late that would have begun a visit stored since: that visit began at this scan.
        Optional<Visit> later = match.later();
        if (later.isPresent()) {
            Visit moved = visits.moveArrivalBack(later.get().getId(), at);
            ledger.write(at, ScanOutcome.REPEAT, null, null, member.getId(), moved.getId());
            return new Handled(
                    ScanOutcome.REPEAT,
                    new CheckInResult.WelcomeBack(member.callName(), visits.visitNumberThisYear(moved)));
        }
        Started started = start(new MemberArrival(member.getId(), ledger.kiosk), at);
        Visit visit = started.visit();
        closeIfClosingTimePassed(visit, started.closingTime());
        ScanOutcome outcome = visit.isMembershipExpired() ? ScanOutcome.EXPIRED : ScanOutcome.RECORDED;
        ledger.write(at, outcome, null, null, member.getId(), visit.getId());
        return new Handled(
                outcome,
                new CheckInResult.Welcomed(
                        visit.getId(),
                        member.callName(),
                        visits.visitNumberThisYear(visit),
                        visit.isMembershipExpired()));
    }

    private Handled leave(Member member, LocalDateTime at, Ledger ledger) {
        Optional<Visit> found = visits.visitToEndAt(member.getId(), at);
        if (found.isEmpty()) {
            ledger.write(at, ScanOutcome.NOT_CHECKED_IN, null, null, member.getId(), null);
            return new Handled(ScanOutcome.NOT_CHECKED_IN, new CheckOutResult.NotCheckedIn(member.callName()));
        }
        Visit visit = found.get();
        if (visit.correctDeparture(at)) {
            // Closed at closing time before this exit scan, made earlier, reached the server. A visit stored closed
            // on arrival (closeIfClosingTimePassed) may still wait for its timer: the departure ends it now.
            if (waitsForDeparture(visit)) {
                sendDeparture(visit, at);
            }
            ledger.write(at, ScanOutcome.RECORDED, null, null, member.getId(), visit.getId());
            return new Handled(
                    ScanOutcome.RECORDED, new CheckOutResult.Goodbye(member.callName(), visit.getDurationMinutes()));
        }
        if (visit.getCheckedOutAt() != null) {
            ledger.write(at, ScanOutcome.REPEAT, null, null, member.getId(), visit.getId());
            return new Handled(
                    ScanOutcome.REPEAT, new CheckOutResult.Goodbye(member.callName(), visit.getDurationMinutes()));
        }
        // The member's row lock (taken above, and by the closing-time timer) means the timer cannot be ending
        // this visit now: an open visit waits for its departure message.
        sendDeparture(visit, at);
        Visit closed = visits.findById(visit.getId()).orElseThrow();
        ledger.write(at, ScanOutcome.RECORDED, null, null, member.getId(), visit.getId());
        return new Handled(
                ScanOutcome.RECORDED, new CheckOutResult.Goodbye(member.callName(), closed.getDurationMinutes()));
    }

    /**
     * A visit replayed from an earlier day (or scanned after closing) has met its closing time already: it is
     * stored closed at that time in this transaction, as {@code Task_CloseAtClosingTime} would close it. The
     * timer, due at once, then ends the process instance and finds the visit ended (it changes nothing), and a
     * replayed check-out of the same visit, serialised with that timer on the member's row lock, moves the
     * departure to the exit scan's time; neither races the other.
     */
    private void closeIfClosingTimePassed(Visit visit, Instant closing) {
        if (closing != null && !closing.isAfter(clock.instant())) {
            visits.close(visit.getId(), CloseReason.CLOSING_TIME, visits.libraryTime(closing));
        }
    }

    private boolean waitsForDeparture(Visit visit) {
        return runtime.createEventSubscriptionQuery()
                        .processInstanceId(visit.getProcessInstanceId())
                        .eventName(MESSAGE_CHECKED_OUT)
                        .count()
                > 0;
    }

    private void sendDeparture(Visit visit, LocalDateTime at) {
        runtime.createMessageCorrelation(MESSAGE_CHECKED_OUT)
                .processInstanceId(visit.getProcessInstanceId())
                .setVariable(
                        Var.DEPARTED_AT, Date.from(at.atZone(clock.getZone()).toInstant()))
                .correlate();
    }

    /** The answer to a scan id seen before: what a repeat of that scan shows, and nothing stored. */
    private Handled duplicate(ScanKind kind, ScanLedgerEntry entry) {
        String read = entry.getCodeRead();
        Object result = switch (ScanOutcome.valueOf(entry.getOutcome())) {
            case UNKNOWN_CARD ->
                kind == ScanKind.CHECK_IN ? new CheckInResult.UnknownCard(read) : new CheckOutResult.UnknownCard(read);
            case REFUSED -> rejected(kind, entry.getProblem(), read);
            default -> {
                String callName = entry.getMemberId() == null
                        ? null
                        : members.findById(entry.getMemberId())
                                .map(Member::callName)
                                .orElse(null);
                Optional<Visit> visit =
                        entry.getVisitId() == null ? Optional.empty() : visits.findById(entry.getVisitId());
                if (kind == ScanKind.CHECK_IN) {
                    yield new CheckInResult.WelcomeBack(
                            callName, visit.map(visits::visitNumberThisYear).orElse(0L));
                }
                yield visit.isEmpty()
                        ? new CheckOutResult.NotCheckedIn(callName)
                        : new CheckOutResult.Goodbye(
                                callName, visit.map(Visit::getDurationMinutes).orElse(0));
            }
        };
        return new Handled(ScanOutcome.DUPLICATE, result);
    }

    private static Object rejected(ScanKind kind, String problem, String read) {
        return kind == ScanKind.CHECK_IN
                ? new CheckInResult.Rejected(List.of(problem), read)
                : new CheckOutResult.Rejected(List.of(problem), read);
    }

    /** The ledger row of one scan, written in the transaction that stores what the scan did. */
    private final class Ledger {

        private final KioskScan scan;
        private final String kiosk;
        private final Instant receivedAt;

        Ledger(KioskScan scan, String kiosk, Instant receivedAt) {
            this.scan = scan;
            this.kiosk = kiosk;
            this.receivedAt = receivedAt;
        }

        void write(
                LocalDateTime countedAt,
                ScanOutcome outcome,
                String problem,
                String read,
                Long memberId,
                Long visitId) {
            ZoneId zone = clock.getZone();
            visits.writeScanEntry(new ScanLedgerEntry(
                    scan.id().toString(),
                    scan.kind().name(),
                    kiosk,
                    ScanTime.asRecorded(scan.scannedAt(), receivedAt, zone),
                    countedAt,
                    LocalDateTime.ofInstant(receivedAt, zone).truncatedTo(ChronoUnit.SECONDS),
                    outcome.name(),
                    problem,
                    read,
                    memberId,
                    visitId));
        }
    }

    /**
     * Open "Perpanjang keanggotaan" tasks that any of the given candidate groups may work on, oldest
     * first, with what the membership desk needs to recognise the member.
     */
    @Transactional(readOnly = true)
    public List<RenewalTask> openRenewals(List<String> candidateGroups) {
        if (candidateGroups.isEmpty()) {
            return List.of();
        }
        return tasks
                .createTaskQuery()
                .processDefinitionKey(KEY)
                .taskDefinitionKey(TASK_RENEW_MEMBERSHIP)
                .taskCandidateGroupIn(candidateGroups)
                .includeAssignedTasks()
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(this::renewalOf)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Completes a renewal task with the desk's outcome; the model decides what follows (a renewal
     * extends the card in {@code Task_ExtendMembership}), so Tasklist and REST completions behave alike.
     */
    @Transactional
    public void completeRenewal(String taskId, RenewalOutcome outcome) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .taskDefinitionKey(TASK_RENEW_MEMBERSHIP)
                .singleResult();
        if (task == null) {
            throw new IllegalArgumentException("No open renewal task " + taskId);
        }
        tasks.complete(taskId, Map.of(Var.RENEWAL_OUTCOME, outcome.formValue()));
    }

    private Optional<RenewalTask> renewalOf(Task task) {
        Object memberId = runtime.getVariable(task.getExecutionId(), Var.MEMBER_ID);
        if (!(memberId instanceof Number id)) {
            return Optional.empty();
        }
        return members.findById(id.longValue())
                .map(m -> new RenewalTask(
                        task.getId(),
                        m.getCardNumber(),
                        m.getFullName(),
                        m.getMemberType(),
                        m.getExpiresOn(),
                        task.getCreateTime().toInstant()));
    }

    /** A visit just recorded by its process, and when it closes if nobody checks out (null: no closing time). */
    private record Started(Visit visit, Instant closingTime) {}

    private Started start(Arrival arrival) {
        return start(arrival, null);
    }

    /**
     * Starts the visit process; {@code Task_RecordVisit} stores the visit row in this transaction. The
     * variables come back with the start (no query for them), and the row is still in this transaction's
     * persistence context, so neither costs a round trip to the database on the check-in path.
     */
    private Started start(Arrival arrival, LocalDateTime arrivedAt) {
        Map<String, Object> variables = variablesOf(arrival);
        if (arrivedAt != null) {
            variables.put(
                    Var.ARRIVED_AT, Date.from(arrivedAt.atZone(clock.getZone()).toInstant()));
        }
        ProcessInstanceWithVariables instance =
                runtime.createProcessInstanceByKey(KEY).setVariables(variables).executeWithVariablesInReturn();
        VariableMap returned = instance.getVariables();
        if (!(returned.get(Var.VISIT_ID) instanceof Number visitId)) {
            throw new IllegalStateException("Visit process did not record a visit");
        }
        Visit visit = visits.findById(visitId.longValue())
                .orElseThrow(() -> new IllegalStateException("Visit process did not record a visit"));
        return new Started(visit, returned.get(Var.CLOSING_TIME) instanceof Date at ? at.toInstant() : null);
    }

    static Map<String, Object> variablesOf(Arrival arrival) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.KIOSK, arrival.kiosk());
        // Every instance carries the flag, so the membership gateway never meets an unknown variable.
        vars.put(Var.MEMBERSHIP_EXPIRED, false);
        if (arrival instanceof MemberArrival m) {
            vars.put(Var.VISITOR_TYPE, "MEMBER");
            vars.put(Var.MEMBER_ID, m.memberId());
        } else if (arrival instanceof GuestArrival g) {
            vars.put(Var.VISITOR_TYPE, "GUEST");
            vars.put(Var.AGE_GROUP, nameOf(g.ageGroup()));
            vars.put(Var.PURPOSE, nameOf(g.purpose()));
            vars.put(Var.ORIGIN, nameOf(g.origin()));
            vars.put(Var.INSTITUTION, g.institution());
            vars.put(Var.CONSENT, g.consent());
        } else if (arrival instanceof GroupArrival g) {
            vars.put(Var.VISITOR_TYPE, "GROUP");
            vars.put(Var.INSTITUTION, g.institution());
            vars.put(Var.ORIGIN, nameOf(g.origin()));
            vars.put(Var.COUNT_CHILDREN, g.children());
            vars.put(Var.COUNT_TEENS, g.teens());
            vars.put(Var.COUNT_ADULTS, g.adults());
            vars.put(Var.COUNT_ELDERLY, g.elderly());
            vars.put(Var.CONSENT, g.consent());
        }
        return vars;
    }

    /** Rebuilds the arrival from the variables of a running instance (used by Task_RecordVisit). */
    static Arrival arrivalOf(VariableScope scope) {
        String kiosk = (String) scope.getVariable(Var.KIOSK);
        String type = (String) scope.getVariable(Var.VISITOR_TYPE);
        return switch (type) {
            case "MEMBER" -> new MemberArrival(Var.memberId(scope), kiosk);
            case "GUEST" ->
                new GuestArrival(
                        enumOf(AgeGroup.class, scope.getVariable(Var.AGE_GROUP)),
                        enumOf(VisitPurpose.class, scope.getVariable(Var.PURPOSE)),
                        enumOf(Origin.class, scope.getVariable(Var.ORIGIN)),
                        (String) scope.getVariable(Var.INSTITUTION),
                        Boolean.TRUE.equals(scope.getVariable(Var.CONSENT)),
                        kiosk);
            case "GROUP" ->
                new GroupArrival(
                        (String) scope.getVariable(Var.INSTITUTION),
                        enumOf(Origin.class, scope.getVariable(Var.ORIGIN)),
                        intOf(scope, Var.COUNT_CHILDREN),
                        intOf(scope, Var.COUNT_TEENS),
                        intOf(scope, Var.COUNT_ADULTS),
                        intOf(scope, Var.COUNT_ELDERLY),
                        Boolean.TRUE.equals(scope.getVariable(Var.CONSENT)),
                        kiosk);
            default -> throw new IllegalStateException("Unknown visitor type " + type);
        };
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Object name) {
        return name == null ? null : Enum.valueOf(type, (String) name);
    }

    private static int intOf(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
