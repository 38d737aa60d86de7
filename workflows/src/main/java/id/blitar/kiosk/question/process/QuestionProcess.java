package id.blitar.kiosk.question.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code ask-librarian} process ({@code bpmn/ask-librarian.bpmn}) and its routing decision
 * ({@code dmn/question-routing.dmn}): key, element ids, variable names, and the facade the kiosk calls to
 * ask a question. The staff side is elsewhere: the worklist {@link QuestionWorklist}, the actions on a
 * task {@link QuestionTasks}, shifts {@link QuestionShifts}; the FAQ is {@code FaqCatalogue}'s.
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

    /** Process variable names; {@link QuestionVariables} reads and writes them typed. */
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
    }

    /**
     * The decision table's answer for one question.
     *
     * @param candidateGroup the librarian group; {@code Task_RecordQuestion} refuses one not in {@link #GROUPS}
     * @param priority the tasks' priority, 0–100 (Camunda's scale)
     * @param deadline from the moment the question is routed to its due date
     */
    public record Routing(String candidateGroup, int priority, Duration deadline) {}

    private final RuntimeService runtime;
    private final DecisionService decisions;
    private final QuestionService questions;
    private final QuestionShifts shifts;
    private final MemberService members;
    private final VisitService visits;
    private final OpeningHoursService openingHours;

    QuestionProcess(
            RuntimeService runtime,
            DecisionService decisions,
            QuestionService questions,
            QuestionShifts shifts,
            MemberService members,
            VisitService visits,
            OpeningHoursService openingHours) {
        this.runtime = runtime;
        this.decisions = decisions;
        this.questions = questions;
        this.shifts = shifts;
        this.members = members;
        this.visits = visits;
        this.openingHours = openingHours;
    }

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

        ProcessInstance instance = runtime.startProcessInstanceByKey(
                KEY,
                String.valueOf(saved.getId()),
                QuestionVariables.atStart(saved.getId(), question.topic(), ageGroup, question.channel()));
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
        if (!desksOpenNow()) {
            return false;
        }
        AgeGroup ageGroup = null;
        if (cardNumber != null) {
            ageGroup = members.findByCard(cardNumber).map(Member::getAgeGroup).orElse(null);
        }
        return shifts.anyoneOnShiftIn(route(topic, ageGroup, true).candidateGroup());
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

    /** Evaluates the latest routing decision table for one question. */
    public Routing route(Topic topic, AgeGroup ageGroup, boolean walkIn) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(DECISION_KEY)
                .variables(QuestionVariables.forDecision(topic, ageGroup, walkIn))
                .evaluate()
                .getSingleResult();
        return QuestionVariables.routing(result.getEntryMap());
    }
}
