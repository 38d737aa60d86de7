package id.blitar.kiosk.poll.process;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.poll.domain.FeedbackAction;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.domain.PollAnswer;
import id.blitar.kiosk.poll.domain.ServiceUsed;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.service.PollDetails;
import id.blitar.kiosk.poll.service.PollService;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code exit-poll} process ({@code bpmn/exit-poll.bpmn}): key, element ids, variable names and
 * the facade the exit kiosk and the managers' screen call. Answers are anonymous unless the visitor
 * scans a card.
 */
@Component
public class PollProcess {

    public static final String KEY = "exit-poll";

    public static final String START_EVENT = "StartEvent_MoodTapped";
    public static final String TASK_RECORD_MOOD = "Task_RecordMood";
    public static final String GATEWAY_WAIT_FOR_DETAILS = "Gateway_WaitForDetails";
    public static final String EVENT_DETAILS_GIVEN = "Event_DetailsGiven";
    public static final String EVENT_NO_DETAILS = "Event_NoDetails";
    public static final String END_MOOD_ONLY = "EndEvent_MoodOnly";
    public static final String GATEWAY_NEEDS_FOLLOW_UP = "Gateway_NeedsFollowUp";
    public static final String END_POLL_COMPLETED = "EndEvent_PollCompleted";
    public static final String TASK_REVIEW_FEEDBACK = "Task_ReviewFeedback";
    public static final String GATEWAY_PUBLISH = "Gateway_Publish";
    public static final String TASK_PUBLISH_ACTION = "Task_PublishAction";
    public static final String END_ACTION_PUBLISHED = "EndEvent_ActionPublished";
    public static final String END_FEEDBACK_REVIEWED = "EndEvent_FeedbackReviewed";

    public static final String MESSAGE_DETAILS_GIVEN = "PollDetailsGiven";
    /** The "kiosk" of workshop ratings sent from the link in the invitation e-mail. */
    public static final String KIOSK_EMAIL = "E-mail";

    public static final String GROUP_MANAGERS = "managers";

    /** Process variable names. */
    public static final class Var {
        public static final String POLL_ID = "pollId";
        public static final String KIOSK = "kiosk";
        public static final String MOOD = "mood";
        public static final String FOLLOW_UP = "followUp";
        public static final String PUBLISH = "publish";

        private Var() {}

        /** The answer row of this instance; set by {@code Task_RecordMood}. */
        static long pollId(VariableScope scope) {
            return ((Number) scope.getVariable(POLL_ID)).longValue();
        }

        /** {@link #pollId(VariableScope)}, from the variables a start returned. */
        static long pollId(java.util.Map<String, Object> variables) {
            return ((Number) variables.get(POLL_ID)).longValue();
        }

        /** {@link #pollId(VariableScope)}, of a running instance. */
        static long pollId(RuntimeService runtime, String processInstanceId) {
            return ((Number) runtime.getVariable(processInstanceId, POLL_ID)).longValue();
        }

        /** The kiosk (or the e-mail link) the answer came from; set when the instance starts. */
        static String kiosk(VariableScope scope) {
            return (String) scope.getVariable(KIOSK);
        }

        /** The smiley tapped, kept by its name; set when the instance starts. */
        static Mood mood(VariableScope scope) {
            return Mood.valueOf((String) scope.getVariable(MOOD));
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PollService polls;
    private final MemberService members;
    private final VisitService visits;
    private final VisitProcess visitProcess;
    private final QuestionService questions;
    private final Clock clock;

    PollProcess(
            RuntimeService runtime,
            TaskService tasks,
            PollService polls,
            MemberService members,
            VisitService visits,
            VisitProcess visitProcess,
            QuestionService questions,
            Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.polls = polls;
        this.members = members;
        this.visits = visits;
        this.visitProcess = visitProcess;
        this.questions = questions;
        this.clock = clock;
    }

    /** A smiley was tapped: stored as a complete answer, unless it repeats a tap of a moment ago. */
    @Transactional
    public TapResult tap(String kiosk, Mood mood) {
        if (mood == null) {
            return new TapResult.Rejected(List.of("error.poll.mood"));
        }
        Optional<String> problem = InputCheck.freeTextProblem(kiosk);
        if (problem.isPresent() || kiosk == null || kiosk.isBlank()) {
            return new TapResult.Rejected(List.of(problem.orElse("error.poll.kiosk")));
        }
        String name = InputCheck.normaliseFreeText(kiosk);
        if (polls.filterRepeatTap(name)) {
            return new TapResult.Filtered();
        }
        return new TapResult.Counted(start(name, mood));
    }

    /**
     * Starts an exit-poll instance; {@code Task_RecordMood} stores the answer in this transaction, and its id
     * comes back with the start's variables (no query for it on the tap's path).
     */
    private long start(String kiosk, Mood mood) {
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(KEY)
                .setVariable(Var.KIOSK, kiosk)
                .setVariable(Var.MOOD, mood.name())
                .executeWithVariablesInReturn();
        return Var.pollId(instance.getVariables());
    }

    /**
     * A workshop rated from the link in the invitation e-mail: an exit-poll answer about that workshop
     * with the comment as its details, so an unhappy comment becomes a manager's follow-up as at the
     * exit. No repeat-tap filter: each link is used once, and many attendees may rate in one minute.
     *
     * @return translation keys of problems (nothing stored), or empty
     */
    @Transactional
    public List<String> rateWorkshop(long workshopId, Mood mood, String comment) {
        if (mood == null) {
            return List.of("error.poll.mood");
        }
        PollDetails details = new PollDetails(null, null, null, comment);
        List<String> problems = polls.problemsOf(details);
        if (!problems.isEmpty()) {
            return problems;
        }
        long pollId = start(KIOSK_EMAIL, mood);
        polls.about(pollId, workshopId);
        // The whole rating arrives at once: details now, so the instance need not wait for its timer.
        return giveDetails(pollId, details);
    }

    /**
     * A card scanned with the answer: checks the member out if still inside, and ties the answer to
     * today's visit so the follow-up can ask about the services used.
     */
    @Transactional
    public CardResult linkCard(long pollId, String cardNumber, String kiosk) {
        Optional<String> problem =
                InputCheck.cardNumberProblem(ScannedCode.of(cardNumber).text());
        if (problem.isPresent()) {
            return new CardResult.Rejected(problem.get());
        }
        Optional<Member> found = members.findByCard(cardNumber);
        if (found.isEmpty()) {
            return new CardResult.UnknownCard();
        }
        Member member = found.get();
        if (visits.openVisitOf(member.getId()).isPresent()) {
            visitProcess.checkOut(cardNumber, kiosk);
        }
        Optional<Visit> visit = visits.latestVisitTodayOf(member.getId());
        ServiceUsed service = visit.filter(v -> questions.askedDuringVisit(v.getId()))
                .map(v -> ServiceUsed.ASK_LIBRARIAN)
                .orElse(null);
        polls.belongsTo(pollId, visit.map(Visit::getId).orElse(null), member.getId(), service);
        return new CardResult.Linked(member.callName(), service);
    }

    /** The SKM elements to put to this respondent (one fewer when a service they used is asked about). */
    @Transactional
    public List<SkmElement> itemsFor(boolean serviceAsked) {
        int count = polls.properties().itemsPerRespondent() - (serviceAsked ? 1 : 0);
        return polls.chooseItems(Math.max(1, count));
    }

    /**
     * Stores what the visitor added; an unhappy answer with a comment becomes a manager's follow-up.
     *
     * @return translation keys of problems (nothing stored), or empty
     */
    @Transactional
    public List<String> giveDetails(long pollId, PollDetails details) {
        List<String> problems = polls.problemsOf(details);
        if (!problems.isEmpty()) {
            return problems;
        }
        PollAnswer answer = polls.find(pollId).orElse(null);
        if (answer == null || answer.getDetailsAt() != null) {
            return List.of("error.poll.gone");
        }
        boolean followUp = polls.addDetails(pollId, details);
        boolean waiting = runtime.createEventSubscriptionQuery()
                        .processInstanceId(answer.getProcessInstanceId())
                        .eventName(MESSAGE_DETAILS_GIVEN)
                        .count()
                > 0;
        if (waiting) {
            runtime.createMessageCorrelation(MESSAGE_DETAILS_GIVEN)
                    .processInstanceId(answer.getProcessInstanceId())
                    .setVariable(Var.FOLLOW_UP, followUp)
                    .correlate();
        }
        return List.of();
    }

    /** Open "Tinjau masukan" tasks, oldest first. */
    @Transactional(readOnly = true)
    public List<FollowUp> openFollowUps() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<FollowUp> result = new ArrayList<>();
        for (Task task : tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskDefinitionKey(TASK_REVIEW_FEEDBACK)
                .orderByTaskCreateTime()
                .asc()
                .list()) {
            long pollId = Var.pollId(runtime, task.getProcessInstanceId());
            PollAnswer answer = polls.find(pollId).orElseThrow();
            LocalDateTime due = task.getDueDate() == null
                    ? null
                    : LocalDateTime.ofInstant(task.getDueDate().toInstant(), clock.getZone());
            result.add(new FollowUp(
                    task.getId(),
                    pollId,
                    answer.getMood(),
                    answer.getComment(),
                    answer.improvementSet(),
                    answer.getKiosk(),
                    answer.getAnsweredAt(),
                    due,
                    due != null && now.isAfter(due)));
        }
        return result;
    }

    /**
     * A manager records what was done about an unhappy answer and may publish it to the attract screens
     * as "Anda berkata → Kami lakukan" (both texts then required, each at most 300 characters).
     *
     * @return translation keys of problems (nothing changed), or empty
     */
    @Transactional
    public List<String> review(
            String taskId, String user, String actionTaken, boolean publish, String youSaid, String weDid) {
        List<String> problems = new ArrayList<>();
        InputCheck.longTextProblem(actionTaken, InputCheck.MAX_QUESTION_LENGTH).ifPresent(problems::add);
        if (publish) {
            InputCheck.longTextProblem(youSaid, FeedbackAction.MAX_TEXT).ifPresent(problems::add);
            InputCheck.longTextProblem(weDid, FeedbackAction.MAX_TEXT).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            return problems.stream().distinct().toList();
        }
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .processDefinitionKey(KEY)
                .taskDefinitionKey(TASK_REVIEW_FEEDBACK)
                .singleResult();
        if (task == null) {
            return List.of("error.poll.gone");
        }
        long pollId = Var.pollId(runtime, task.getProcessInstanceId());
        polls.reviewed(pollId, actionTaken, publish ? youSaid : null, publish ? weDid : null, user);
        tasks.setAssignee(taskId, user);
        tasks.complete(taskId, Map.of(Var.PUBLISH, publish));
        return List.of();
    }

    /** The newest "Anda berkata → Kami lakukan" items for the attract screens. */
    public List<FeedbackAction> publishedActions() {
        return polls.publishedActions();
    }

    public void withdrawAction(long actionId) {
        polls.withdrawAction(actionId);
    }
}
