package id.blitar.kiosk.question.process;

import id.blitar.kiosk.question.process.QuestionProcess.Routing;
import id.blitar.kiosk.question.service.QuestionService;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_RecordQuestion}: stores the routing the decision table chose (and a queue number
 * for a walk-in) and sets the variables the user tasks and their deadline timers read.
 */
@Component("recordQuestionDelegate")
class RecordQuestionDelegate implements JavaDelegate {

    private final QuestionService questions;
    private final Clock clock;

    RecordQuestionDelegate(QuestionService questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Routing routing = QuestionVariables.routing(execution);
        if (!QuestionProcess.GROUPS.contains(routing.candidateGroup())) {
            // A group no librarian belongs to would hide the question from everyone: fail loudly instead.
            throw new IllegalStateException("question-routing chose an unknown group: " + routing.candidateGroup());
        }
        LocalDateTime dueAt = questions.recordRouting(
                QuestionVariables.questionId(execution),
                routing.candidateGroup(),
                routing.priority(),
                routing.deadline());
        QuestionVariables.setRouted(execution, routing, dueAt, clock.getZone());
    }
}
