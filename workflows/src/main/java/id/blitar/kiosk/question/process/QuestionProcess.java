package id.blitar.kiosk.question.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Faq;
import id.blitar.kiosk.question.domain.NoteKind;
import id.blitar.kiosk.question.domain.Outcome;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.QuestionNote;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.service.Board;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code ask-librarian} process ({@code bpmn/ask-librarian.bpmn}) and its routing decision
 * ({@code dmn/question-routing.dmn}): key, element ids, variable names, and the facade the kiosk and
 * the staff worklist call.
 *
 * <p>Variables hold the question's id and codes only; the question's text and the visitor's e-mail
 * stay in the question table.
 */
@Component
public class QuestionProcess {

    public static final String KEY = "ask-librarian";
    public static final String DECISION_KEY = "question-routing";

    public static final String START_EVENT = "StartEvent_QuestionAsked";
    public static final String TASK_ROUTE_QUESTION = "Task_RouteQuestion";
    public static final String TASK_RECORD_QUESTION = "Task_RecordQuestion";
    public static final String GATEWAY_WALK_IN = "Gateway_WalkIn";
    public static final String TASK_SERVE_WALK_IN = "Task_ServeWalkIn";
    public static final String EVENT_WALK_IN_OVERDUE = "Event_WalkInOverdue";
    public static final String GATEWAY_DESK_OUTCOME = "Gateway_DeskOutcome";
    public static final String END_ANSWERED_AT_DESK = "EndEvent_AnsweredAtDesk";
    public static final String END_REFERRED = "EndEvent_Referred";
    public static final String END_NO_SHOW = "EndEvent_NoShow";
    public static final String TASK_ANSWER_QUESTION = "Task_AnswerQuestion";
    public static final String EVENT_ANSWER_OVERDUE = "Event_AnswerOverdue";
    public static final String GATEWAY_DELIVERY = "Gateway_Delivery";
    public static final String TASK_SEND_ANSWER = "Task_SendAnswer";
    public static final String END_ANSWER_SENT = "EndEvent_AnswerSent";
    public static final String END_READY_FOR_PICK_UP = "EndEvent_ReadyForPickUp";
    public static final String TASK_ESCALATE_QUESTION = "Task_EscalateQuestion";
    public static final String TASK_REVIEW_OVERDUE_QUESTION = "Task_ReviewOverdueQuestion";
    public static final String END_OVERDUE_REVIEWED = "EndEvent_OverdueReviewed";

    /** The librarian groups questions are routed to; their ids are a contract with the decision table. */
    public static final List<String> GROUPS = List.of("reference", "children", "digital-literacy", "membership");

    public static final String GROUP_SUPERVISORS = "duty-supervisors";
    static final String GROUP_MANAGERS = "managers";

    /** Process variable names. */
    public static final class Var {
        public static final String QUESTION_ID = "questionId";
        public static final String TOPIC = "topic";
        public static final String AGE_GROUP = "ageGroup";
        public static final String WALK_IN = "walkIn";
        public static final String CHANNEL = "channel";
        public static final String ROUTING = "routing";
        public static final String CANDIDATE_GROUP = "candidateGroup";
        public static final String PRIORITY = "priority";
        public static final String DUE_AT = "dueAt";
        public static final String DESK_OUTCOME = "deskOutcome";

        private Var() {}

        /** The question row of this instance; set when it starts. */
        static long questionId(VariableScope scope) {
            return ((Number) scope.getVariable(QUESTION_ID)).longValue();
        }

        /** The question-routing decision's single result; set by {@code Task_RouteQuestion}. */
        @SuppressWarnings("unchecked")
        static Routing routing(VariableScope scope) {
            return Routing.of((Map<String, Object>) scope.getVariable(ROUTING));
        }
    }

    /** The decision table's answer for one question. */
    public record Routing(String candidateGroup, int priority, Duration deadline) {

        static Routing of(Map<String, Object> entries) {
            return new Routing(
                    (String) entries.get(Var.CANDIDATE_GROUP),
                    ((Number) entries.get(Var.PRIORITY)).intValue(),
                    Duration.parse((String) entries.get("deadline")));
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DecisionService decisions;
    private final IdentityService identity;
    private final QuestionService questions;
    private final MemberService members;
    private final VisitService visits;
    private final OpeningHoursService openingHours;
    private final TransactionTemplate transaction;

    QuestionProcess(
            RuntimeService runtime,
            TaskService tasks,
            DecisionService decisions,
            IdentityService identity,
            QuestionService questions,
            MemberService members,
            VisitService visits,
            OpeningHoursService openingHours,
            PlatformTransactionManager transactionManager) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.decisions = decisions;
        this.identity = identity;
        this.questions = questions;
        this.members = members;
        this.visits = visits;
        this.openingHours = openingHours;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // ----- kiosk ---------------------------------------------------------------------------------

    /**
     * Takes a visitor's question: bad input or an unknown card store nothing; otherwise the question is
     * stored and routed, and the walk-in visitor gets today's next queue number.
     */
    @Transactional
    public AskResult ask(NewQuestion question) {
        List<String> problems = questions.problemsOf(question);
        if (!problems.isEmpty()) {
            return new AskResult.Rejected(problems);
        }
        Member member = null;
        if (question.cardNumber() != null && !question.cardNumber().isBlank()) {
            Optional<Member> found = members.findByCard(question.cardNumber());
            if (found.isEmpty()) {
                return new AskResult.UnknownCard();
            }
            member = found.get();
        }
        Long visitId = member == null
                ? null
                : visits.openVisitOf(member.getId()).map(Visit::getId).orElse(null);
        AgeGroup ageGroup = member == null ? null : member.getAgeGroup();
        Question saved = questions.create(question, member == null ? null : member.getId(), visitId, ageGroup);

        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.QUESTION_ID, saved.getId());
        variables.put(Var.TOPIC, question.topic().name());
        variables.put(Var.AGE_GROUP, ageGroup == null ? null : ageGroup.name());
        variables.put(Var.WALK_IN, question.channel().isWalkIn());
        variables.put(Var.CHANNEL, question.channel().name());
        ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, String.valueOf(saved.getId()), variables);
        questions.attachProcess(saved.getId(), instance.getId());

        Question routed = questions.find(saved.getId()).orElseThrow();
        if (routed.getChannel().isWalkIn()) {
            return new AskResult.Queued(routed.getId(), routed.getQueueNumber(), questions.waitingBefore(routed));
        }
        return new AskResult.Ticketed(
                routed.getId(), routed.reference(), routed.getDueAt(), routed.getChannel() == Channel.EMAIL);
    }

    /**
     * Whether "wait here" can be offered now: the library is open and a librarian of the group the
     * decision table picks for a walk-in is on shift. The card, when scanned, tells the age group.
     */
    // Not read-only: evaluating the decision writes its history.
    @Transactional
    public boolean walkInAvailable(Topic topic, String cardNumber) {
        if (openingHours.status().state() != OpeningHoursService.State.OPEN) {
            return false;
        }
        AgeGroup ageGroup = null;
        if (cardNumber != null) {
            ageGroup = members.findByCard(cardNumber).map(Member::getAgeGroup).orElse(null);
        }
        String group = route(topic, ageGroup, true).candidateGroup();
        Set<String> onShift = questions.onShift();
        return !onShift.isEmpty()
                && identity.createUserQuery().memberOfGroup(group).list().stream()
                        .map(User::getId)
                        .anyMatch(onShift::contains);
    }

    /**
     * Whether the desks serve walk-ins at this hour (the library is open now). After closing the
     * kiosk says so, instead of suggesting that no librarian is there.
     */
    @Transactional(readOnly = true)
    public boolean desksOpenNow() {
        return openingHours.status().state() == OpeningHoursService.State.OPEN;
    }

    /**
     * Checks a card scanned while asking, before the question is sent: the translation key of the
     * problem (bad format, not a member's card), or empty when the card is known.
     */
    @Transactional(readOnly = true)
    public Optional<String> cardProblem(String cardNumber) {
        Optional<String> problem =
                InputCheck.cardNumberProblem(ScannedCode.of(cardNumber).text());
        if (problem.isPresent()) {
            return problem;
        }
        return members.findByCard(cardNumber).isPresent() ? Optional.empty() : Optional.of("error.card.unknown");
    }

    /** The desks a librarian can call a visitor to. */
    public List<String> desks() {
        return questions.properties().desks();
    }

    /** Evaluates the latest routing decision table for one question. */
    public Routing route(Topic topic, AgeGroup ageGroup, boolean walkIn) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.TOPIC, topic.name());
        variables.put(Var.AGE_GROUP, ageGroup == null ? null : ageGroup.name());
        variables.put(Var.WALK_IN, walkIn);
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(DECISION_KEY)
                .variables(variables)
                .evaluate()
                .getSingleResult();
        return Routing.of(result.getEntryMap());
    }

    /** The "now serving" board. */
    public Board board() {
        return questions.board();
    }

    /** Published FAQ entries for the kiosk. */
    public List<Faq> faq(String search, Topic topic) {
        return questions.faq(search, topic);
    }

    // ----- staff worklist ------------------------------------------------------------------------

    /** Tasks the user has claimed, most urgent first. */
    @Transactional(readOnly = true)
    public List<WorkItem> myTasks(String user) {
        return workItems(tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskAssignee(user)
                .orderByTaskPriority()
                .desc()
                .orderByDueDate()
                .asc()
                .list());
    }

    /** Unclaimed tasks of the user's groups, most urgent first; never the user's own claimed tasks. */
    @Transactional(readOnly = true)
    public List<WorkItem> groupTasks(String user) {
        List<String> groups = groupsOf(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        return workItems(tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskCandidateGroupIn(groups)
                .taskUnassigned()
                .orderByTaskPriority()
                .desc()
                .orderByDueDate()
                .asc()
                .list());
    }

    /** The groups a user may work for; managers may also stand in for every librarian group. */
    public List<String> groupsOf(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .collect(Collectors.toCollection(ArrayList::new));
        if (groups.contains(GROUP_MANAGERS)) {
            GROUPS.stream().filter(g -> !groups.contains(g)).forEach(groups::add);
            if (!groups.contains(GROUP_SUPERVISORS)) {
                groups.add(GROUP_SUPERVISORS);
            }
        }
        return groups;
    }

    /**
     * Claims a task. When two librarians claim the same task at the same moment exactly one wins; the
     * other is told who took it.
     */
    public WorkResult claim(String taskId, String user) {
        try {
            return transaction.execute(status -> {
                Task task = task(taskId);
                if (task == null) {
                    return new WorkResult.Gone();
                }
                if (task.getAssignee() != null) {
                    return user.equals(task.getAssignee())
                            ? WorkResult.done()
                            : new WorkResult.TakenBy(task.getAssignee());
                }
                if (!mayWorkOn(task, user)) {
                    return new WorkResult.Rejected("worklist.error.notYourGroup");
                }
                tasks.claim(taskId, user);
                if (!TASK_REVIEW_OVERDUE_QUESTION.equals(task.getTaskDefinitionKey())) {
                    questions.claimed(questionIdOf(task), user);
                }
                return WorkResult.done();
            });
        } catch (TaskAlreadyClaimedException | OptimisticLockingException lost) {
            Task task = task(taskId);
            return task == null || task.getAssignee() == null
                    ? new WorkResult.Gone()
                    : new WorkResult.TakenBy(task.getAssignee());
        }
    }

    /** Gives a claimed task back to its group. */
    @Transactional
    public WorkResult unclaim(String taskId, String user) {
        return withMyTask(taskId, user, task -> {
            tasks.setAssignee(taskId, null);
            if (!TASK_REVIEW_OVERDUE_QUESTION.equals(task.getTaskDefinitionKey())) {
                questions.released(questionIdOf(task));
            }
            return WorkResult.done();
        });
    }

    /** Moves a claimed question to another group, with a note for the colleagues there. */
    @Transactional
    public WorkResult transfer(String taskId, String user, String group, String note) {
        if (!GROUPS.contains(group)) {
            return new WorkResult.Rejected("worklist.error.group");
        }
        if (note != null && !note.isBlank()) {
            Optional<String> problem = InputCheck.longTextProblem(note, InputCheck.MAX_QUESTION_LENGTH);
            if (problem.isPresent()) {
                return new WorkResult.Rejected(problem.get());
            }
        }
        return withMyTask(taskId, user, task -> {
            if (TASK_REVIEW_OVERDUE_QUESTION.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.group");
            }
            moveTask(task, group);
            questions.moved(questionIdOf(task), group, user, NoteKind.TRANSFER, note);
            return WorkResult.done();
        });
    }

    /** Calls a claimed walk-in's number to a desk; shown on the board at once. Calling again is allowed. */
    @Transactional
    public WorkResult call(String taskId, String user, String desk) {
        if (desk == null || !questions.properties().desks().contains(desk)) {
            return new WorkResult.Rejected("worklist.error.desk");
        }
        return withMyTask(taskId, user, task -> {
            if (!TASK_SERVE_WALK_IN.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.notWalkIn");
            }
            questions.called(questionIdOf(task), desk);
            return WorkResult.done();
        });
    }

    /**
     * Records how a walk-in ended at the desk. A referral names the partner institution; a follow-up
     * turns it into a question answered later, by e-mail (address required) or for pick-up.
     */
    @Transactional
    public WorkResult finishAtDesk(
            String taskId,
            String user,
            DeskOutcome outcome,
            String partner,
            Channel followUpChannel,
            String email,
            String note) {
        if (outcome == null) {
            return new WorkResult.Rejected("worklist.error.outcome");
        }
        if (outcome == DeskOutcome.REFERRED) {
            Optional<String> problem = partner == null || partner.isBlank()
                    ? Optional.of("worklist.error.partner")
                    : InputCheck.freeTextProblem(partner);
            if (problem.isPresent()) {
                return new WorkResult.Rejected(problem.get());
            }
        }
        if (outcome == DeskOutcome.FOLLOW_UP) {
            if (followUpChannel == null || followUpChannel == Channel.WALK_IN) {
                return new WorkResult.Rejected("worklist.error.followUpChannel");
            }
            if (followUpChannel == Channel.EMAIL) {
                Optional<String> problem = InputCheck.emailProblem(email);
                if (problem.isPresent()) {
                    return new WorkResult.Rejected(problem.get());
                }
            }
        }
        if (note != null && !note.isBlank()) {
            Optional<String> problem = InputCheck.longTextProblem(note, InputCheck.MAX_QUESTION_LENGTH);
            if (problem.isPresent()) {
                return new WorkResult.Rejected(problem.get());
            }
        }
        return withMyTask(taskId, user, task -> {
            if (!TASK_SERVE_WALK_IN.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.notWalkIn");
            }
            long questionId = questionIdOf(task);
            Map<String, Object> variables = new HashMap<>();
            variables.put(Var.DESK_OUTCOME, outcome.name());
            if (outcome == DeskOutcome.FOLLOW_UP) {
                questions.followUp(
                        questionId, followUpChannel, followUpChannel == Channel.EMAIL ? email : null, user, note);
                variables.put(Var.WALK_IN, false);
                variables.put(Var.CHANNEL, followUpChannel.name());
            } else {
                if (note != null && !note.isBlank()) {
                    questions.addNote(questionId, user, note);
                }
                questions.closedAtDesk(
                        questionId,
                        Outcome.valueOf(outcome.name()),
                        outcome == DeskOutcome.REFERRED ? partner : null,
                        user);
            }
            tasks.complete(taskId, variables);
            return WorkResult.done();
        });
    }

    /** Records the written answer of a claimed question; it is then e-mailed or kept for pick-up. */
    @Transactional
    public WorkResult answer(String taskId, String user, String answer, String partner) {
        Optional<String> problem = InputCheck.longTextProblem(answer, InputCheck.MAX_ANSWER_LENGTH)
                .or(() -> InputCheck.freeTextProblem(partner));
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        return withMyTask(taskId, user, task -> {
            if (!TASK_ANSWER_QUESTION.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.notTicket");
            }
            questions.answered(questionIdOf(task), answer, partner, user);
            tasks.complete(taskId);
            return WorkResult.done();
        });
    }

    /**
     * The duty supervisor's decision on an overdue question: leave it with its group, or reassign it to
     * another group with a note (required then).
     */
    @Transactional
    public WorkResult review(String taskId, String user, String reassignTo, String note) {
        boolean reassign = reassignTo != null && !reassignTo.isBlank();
        if (reassign && !GROUPS.contains(reassignTo)) {
            return new WorkResult.Rejected("worklist.error.group");
        }
        if (reassign || (note != null && !note.isBlank())) {
            Optional<String> problem = InputCheck.longTextProblem(note, InputCheck.MAX_QUESTION_LENGTH);
            if (problem.isPresent()) {
                return new WorkResult.Rejected(problem.get());
            }
        }
        Task review = task(taskId);
        if (review == null) {
            return new WorkResult.Gone();
        }
        if (!TASK_REVIEW_OVERDUE_QUESTION.equals(review.getTaskDefinitionKey())) {
            return new WorkResult.Rejected("worklist.error.notReview");
        }
        if (!groupsOf(user).contains(GROUP_SUPERVISORS)) {
            return new WorkResult.Rejected("worklist.error.notYourGroup");
        }
        if (review.getAssignee() != null && !review.getAssignee().equals(user)) {
            return new WorkResult.TakenBy(review.getAssignee());
        }
        long questionId = questionIdOf(review);
        Optional<Task> work = tasks
                .createTaskQuery()
                .processInstanceId(review.getProcessInstanceId())
                .taskDefinitionKeyIn(TASK_SERVE_WALK_IN, TASK_ANSWER_QUESTION)
                .list()
                .stream()
                .findFirst();
        if (reassign && work.isPresent()) {
            moveTask(work.get(), reassignTo);
            questions.moved(questionId, reassignTo, user, NoteKind.REASSIGNMENT, note);
        } else if (note != null && !note.isBlank()) {
            questions.addNote(questionId, user, note);
        }
        tasks.setAssignee(taskId, user);
        tasks.complete(taskId);
        return WorkResult.done();
    }

    /** An internal note on a question: for staff only, never shown or sent to the visitor. */
    @Transactional
    public WorkResult addNote(long questionId, String user, String text) {
        Optional<String> problem = InputCheck.longTextProblem(text, InputCheck.MAX_QUESTION_LENGTH);
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        if (questions.find(questionId).isEmpty()) {
            return new WorkResult.Gone();
        }
        questions.addNote(questionId, user, text);
        return WorkResult.done();
    }

    @Transactional(readOnly = true)
    public List<QuestionNote> notesOf(long questionId) {
        return questions.notesOf(questionId);
    }

    /** Starts the user's shift: walk-ins routed to their groups are offered at the kiosks. */
    @Transactional
    public void startShift(String user) {
        questions.startShift(user);
    }

    public boolean onShift(String user) {
        return questions.onShift().contains(user);
    }

    /** Ends the user's shift: every task they hold goes back to its group. Returns how many. */
    @Transactional
    public int endShift(String user) {
        List<Task> mine = tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskAssignee(user)
                .list();
        for (Task task : mine) {
            tasks.setAssignee(task.getId(), null);
            if (!TASK_REVIEW_OVERDUE_QUESTION.equals(task.getTaskDefinitionKey())) {
                questions.released(questionIdOf(task));
            }
        }
        questions.endShift(user);
        return mine.size();
    }

    /** Answered questions of the last 30 days, for publishing to the FAQ. */
    public List<Question> recentlyAnswered() {
        return questions.recentlyAnswered();
    }

    /** Publishes a question and its answer to the kiosk FAQ (staff may rephrase both first). */
    @Transactional
    public WorkResult publishFaq(Topic topic, String question, String answer, Long sourceQuestionId, String user) {
        if (topic == null) {
            return new WorkResult.Rejected("error.question.topic");
        }
        Optional<String> problem = InputCheck.longTextProblem(question, InputCheck.MAX_QUESTION_LENGTH)
                .or(() -> InputCheck.longTextProblem(answer, InputCheck.MAX_ANSWER_LENGTH));
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        questions.publishFaq(topic, question, answer, sourceQuestionId, user);
        return WorkResult.done();
    }

    @Transactional
    public void withdrawFaq(long faqId) {
        questions.withdrawFaq(faqId);
    }

    // ----- helpers ---------------------------------------------------------------------------------

    private WorkResult withMyTask(String taskId, String user, Function<Task, WorkResult> action) {
        Task task = task(taskId);
        if (task == null) {
            return new WorkResult.Gone();
        }
        if (task.getAssignee() == null) {
            return new WorkResult.Rejected("worklist.error.notClaimed");
        }
        if (!task.getAssignee().equals(user)) {
            return new WorkResult.TakenBy(task.getAssignee());
        }
        return action.apply(task);
    }

    private Task task(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY).singleResult();
    }

    private boolean mayWorkOn(Task task, String user) {
        List<String> groups = groupsOf(user);
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(groups::contains);
    }

    private void moveTask(Task task, String group) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
            }
        }
        tasks.addCandidateGroup(task.getId(), group);
        tasks.setAssignee(task.getId(), null);
        runtime.setVariable(task.getProcessInstanceId(), Var.CANDIDATE_GROUP, group);
    }

    private long questionIdOf(Task task) {
        return ((Number) runtime.getVariable(task.getProcessInstanceId(), Var.QUESTION_ID)).longValue();
    }

    private List<WorkItem> workItems(List<Task> list) {
        Map<String, Question> byInstance = questions
                .findByProcessInstances(
                        list.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Question::getProcessInstanceId, q -> q));
        LocalDateTime now = questions.now();
        List<WorkItem> items = new ArrayList<>();
        for (Task task : list) {
            Question q = byInstance.get(task.getProcessInstanceId());
            if (q == null) {
                continue;
            }
            WorkItem.Kind kind = switch (task.getTaskDefinitionKey()) {
                case TASK_SERVE_WALK_IN -> WorkItem.Kind.WALK_IN;
                case TASK_ANSWER_QUESTION -> WorkItem.Kind.TICKET;
                default -> WorkItem.Kind.REVIEW;
            };
            items.add(new WorkItem(
                    task.getId(),
                    kind,
                    q.getId(),
                    q.reference(),
                    q.getQueueNumber(),
                    q.getTopic(),
                    q.getText(),
                    q.getAgeGroup(),
                    q.getChannel(),
                    task.getPriority(),
                    q.getAskedAt(),
                    q.getDueAt(),
                    q.isOverdue(now),
                    q.getEscalatedAt() != null,
                    task.getAssignee(),
                    kind == WorkItem.Kind.REVIEW ? GROUP_SUPERVISORS : q.getCandidateGroup(),
                    q.getCalledAt(),
                    q.getDesk(),
                    q.getVisitId() != null));
        }
        return items;
    }

    static Date toDate(LocalDateTime time, ZoneId zone) {
        return Date.from(time.atZone(zone).toInstant());
    }
}
