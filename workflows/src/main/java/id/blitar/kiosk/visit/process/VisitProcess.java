package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import id.blitar.kiosk.visit.service.Arrival;
import id.blitar.kiosk.visit.service.Arrival.GroupArrival;
import id.blitar.kiosk.visit.service.Arrival.GuestArrival;
import id.blitar.kiosk.visit.service.Arrival.MemberArrival;
import id.blitar.kiosk.visit.service.VisitService;
import java.util.HashMap;
import java.util.List;
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
 * The {@code visit} process ({@code bpmn/visit.bpmn}): its key, element ids and variable names, and
 * the facade the kiosk calls to check visitors in and out.
 *
 * <p>Each facade method runs in one transaction with the engine, so a visit row and its process
 * instance commit together or not at all. Checks that must store nothing (bad input, unknown card,
 * a repeat scan) happen before the process starts.
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

        private Var() {}
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final VisitService visits;
    private final MemberService members;

    VisitProcess(RuntimeService runtime, TaskService tasks, VisitService visits, MemberService members) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.visits = visits;
        this.members = members;
    }

    /**
     * Checks in the holder of a card: unknown cards and repeat scans within the window store nothing;
     * otherwise a visit process starts and records the visit.
     */
    @Transactional
    public CheckInResult checkInMember(String cardNumber, String kiosk) {
        ScannedCode scanned = ScannedCode.of(cardNumber);
        Optional<String> problem =
                InputCheck.cardNumberProblem(scanned.text()).or(() -> InputCheck.freeTextProblem(kiosk));
        if (problem.isPresent()) {
            return new CheckInResult.Rejected(List.of(problem.get()), scanned.masked());
        }
        // The row lock serialises two kiosks scanning the same card at once: the second sees the first visit.
        Optional<Member> found = members.lockByCard(scanned.text());
        if (found.isEmpty()) {
            return new CheckInResult.UnknownCard(scanned.masked());
        }
        Member member = found.get();
        // Still inside (an open visit today) or back within the repeat window: one visit, counted once.
        Optional<Visit> recent = visits.openVisitOf(member.getId()).or(() -> visits.recentVisitOf(member.getId()));
        if (recent.isPresent()) {
            return new CheckInResult.WelcomeBack(member.callName(), visits.visitNumberThisYear(recent.get()));
        }
        Visit visit = start(new MemberArrival(member.getId(), kiosk));
        return new CheckInResult.Welcomed(
                visit.getId(), member.callName(), visits.visitNumberThisYear(visit), visit.isMembershipExpired());
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
        Visit visit = start(arrival);
        return new CheckInResult.Welcomed(visit.getId(), null, visits.visitNumberThisYear(visit), false);
    }

    /**
     * Checks a member out at an exit kiosk: the open visit of today receives the check-out message and
     * records its duration.
     */
    @Transactional
    public CheckOutResult checkOut(String cardNumber, String kiosk) {
        ScannedCode scanned = ScannedCode.of(cardNumber);
        Optional<String> problem =
                InputCheck.cardNumberProblem(scanned.text()).or(() -> InputCheck.freeTextProblem(kiosk));
        if (problem.isPresent()) {
            return new CheckOutResult.Rejected(List.of(problem.get()), scanned.masked());
        }
        Optional<Member> found = members.lockByCard(scanned.text());
        if (found.isEmpty()) {
            return new CheckOutResult.UnknownCard(scanned.masked());
        }
        Member member = found.get();
        Optional<Visit> open = visits.openVisitOf(member.getId());
        if (open.isEmpty()) {
            return visits.latestVisitTodayOf(member.getId())
                    .<CheckOutResult>map(v -> new CheckOutResult.Goodbye(member.callName(), v.getDurationMinutes()))
                    .orElseGet(() -> new CheckOutResult.NotCheckedIn(member.callName()));
        }
        Visit visit = open.get();
        boolean waitingForDeparture = runtime.createEventSubscriptionQuery()
                        .processInstanceId(visit.getProcessInstanceId())
                        .eventName(MESSAGE_CHECKED_OUT)
                        .count()
                > 0;
        if (!waitingForDeparture) {
            // The closing-time timer is ending this visit right now; the visitor is leaving all the same.
            return new CheckOutResult.Goodbye(member.callName(), visit.minutesUntil(visits.now()));
        }
        runtime.createMessageCorrelation(MESSAGE_CHECKED_OUT)
                .processInstanceId(visit.getProcessInstanceId())
                .correlate();
        Visit closed = visits.findById(visit.getId()).orElseThrow();
        return new CheckOutResult.Goodbye(member.callName(), closed.getDurationMinutes());
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

    private Visit start(Arrival arrival) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, variablesOf(arrival));
        return visits.findByProcessInstance(instance.getId())
                .orElseThrow(() -> new IllegalStateException("Visit process did not record a visit"));
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
            case "MEMBER" -> new MemberArrival(((Number) scope.getVariable(Var.MEMBER_ID)).longValue(), kiosk);
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
