package id.blitar.kiosk.privacy.process;

import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.process.DataRequestProcess.Var;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_EscalateToManagers}: the 72 hours passed without a decision, so the managers may decide
 * too and the review comes first in every worklist that shows it.
 */
@Component("escalateDataRequestDelegate")
class EscalateDataRequestDelegate implements JavaDelegate {

    /** Above every other task (questions top out at 100 only when far overdue). */
    static final int ESCALATED_PRIORITY = 100;

    private final DataRequestRepository requests;
    private final TaskService tasks;
    private final Clock clock;

    EscalateDataRequestDelegate(DataRequestRepository requests, TaskService tasks, Clock clock) {
        this.requests = requests;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.findById(Var.dataRequestId(execution)).orElseThrow().escalated(LocalDateTime.now(clock));
        for (Task review : tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(DataRequestProcess.TASK_REVIEW)
                .list()) {
            tasks.addCandidateGroup(review.getId(), DataRequestProcess.GROUP_MANAGERS);
            tasks.setPriority(review.getId(), ESCALATED_PRIORITY);
        }
    }
}
