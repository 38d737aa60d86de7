package id.blitar.kiosk.question.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionProcess.Routing;
import id.blitar.kiosk.question.process.QuestionProcess.Var;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one typed way to read and write the {@code ask-librarian} process's variables ({@link Var} names them):
 * the delegates, the facade and the worklist go through here, so no caller casts a variable itself.
 * Variables hold the question's id and codes only, never its text or the visitor's e-mail.
 */
final class QuestionVariables {

    private QuestionVariables() {}

    /** The variables a new instance starts with. */
    static Map<String, Object> atStart(long questionId, Topic topic, AgeGroup ageGroup, Channel channel) {
        Map<String, Object> variables = forDecision(topic, ageGroup, channel.isWalkIn());
        variables.put(Var.QUESTION_ID, questionId);
        variables.put(Var.CHANNEL, channel.name());
        return variables;
    }

    /** The inputs of the {@code question-routing} decision table. */
    static Map<String, Object> forDecision(Topic topic, AgeGroup ageGroup, boolean walkIn) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.TOPIC, topic.name());
        variables.put(Var.AGE_GROUP, ageGroup == null ? null : ageGroup.name());
        variables.put(Var.WALK_IN, walkIn);
        return variables;
    }

    /** The question row of this instance; set when it starts. */
    static long questionId(VariableScope scope) {
        return number(scope.getVariable(Var.QUESTION_ID), Var.QUESTION_ID);
    }

    /** The question row of a running instance, read through the engine (for a task's instance). */
    static long questionId(RuntimeService runtime, String processInstanceId) {
        return number(runtime.getVariable(processInstanceId, Var.QUESTION_ID), Var.QUESTION_ID);
    }

    /** The question-routing decision's single result; set by {@code Task_RouteQuestion}. */
    @SuppressWarnings("unchecked")
    static Routing routing(VariableScope scope) {
        return routing((Map<String, Object>) scope.getVariable(Var.ROUTING));
    }

    /** Reads the decision table's output columns ({@code candidateGroup}, {@code priority}, {@code deadline}). */
    static Routing routing(Map<String, Object> entries) {
        return new Routing(
                (String) entries.get(Var.CANDIDATE_GROUP),
                (int) number(entries.get(Var.PRIORITY), Var.PRIORITY),
                Duration.parse((String) entries.get("deadline")));
    }

    /**
     * Replaces the decision's raw result by what the user tasks and their deadline timers read: the group,
     * the priority and the due date (library time in {@code zone}).
     */
    static void setRouted(VariableScope scope, Routing routing, LocalDateTime dueAt, ZoneId zone) {
        scope.setVariable(Var.CANDIDATE_GROUP, routing.candidateGroup());
        scope.setVariable(Var.PRIORITY, routing.priority());
        // A Date, which the model's timers and due dates read; the library's zone makes it the right instant.
        scope.setVariable(Var.DUE_AT, Date.from(dueAt.atZone(zone).toInstant()));
        scope.removeVariable(Var.ROUTING);
    }

    /** The raised priority of an overdue question. */
    static void setPriority(VariableScope scope, int priority) {
        scope.setVariable(Var.PRIORITY, priority);
    }

    /** The group a question was moved to, for the tasks that follow (a follow-up's ticket). */
    static void setCandidateGroup(RuntimeService runtime, String processInstanceId, String group) {
        runtime.setVariable(processInstanceId, Var.CANDIDATE_GROUP, group);
    }

    /**
     * What {@code Task_ServeWalkIn} completes with: the outcome {@code Gateway_DeskOutcome} tests and, for a
     * follow-up, the channel the answer now takes (no longer a walk-in).
     */
    static Map<String, Object> deskOutcome(DeskOutcome outcome, Channel followUpChannel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.DESK_OUTCOME, outcome.name());
        if (outcome == DeskOutcome.FOLLOW_UP) {
            variables.put(Var.WALK_IN, false);
            variables.put(Var.CHANNEL, followUpChannel.name());
        }
        return variables;
    }

    // The engine hands numbers back as Integer or Long, depending on how they were stored.
    private static long number(Object value, String name) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("ask-librarian: variable " + name + " is not a number: " + value);
    }
}
