package id.blitar.kiosk.question.process;

import id.blitar.kiosk.question.service.QuestionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_EscalateQuestion}: the deadline passed, so the question's priority rises, on its
 * row and on the open task, before the duty supervisor reviews it.
 */
@Component("escalateQuestionDelegate")
class EscalateQuestionDelegate implements JavaDelegate {

    private final QuestionService questions;
    private final TaskService tasks;

    EscalateQuestionDelegate(QuestionService questions, TaskService tasks) {
        this.questions = questions;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int raised = questions.escalated(QuestionVariables.questionId(execution));
        QuestionVariables.setPriority(execution, raised);
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(QuestionProcess.TASK_SERVE_WALK_IN, QuestionProcess.TASK_ANSWER_QUESTION)
                .list()
                .forEach(t -> tasks.setPriority(t.getId(), raised));
    }
}
