package id.blitar.kiosk.poll.process;

import id.blitar.kiosk.poll.process.PollProcess.Var;
import id.blitar.kiosk.poll.service.PollService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_RecordMood}: stores the tap in the transaction that starts the process. */
@Component("recordMoodDelegate")
class RecordMoodDelegate implements JavaDelegate {

    private final PollService polls;

    RecordMoodDelegate(PollService polls) {
        this.polls = polls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = polls.record(Var.kiosk(execution), Var.mood(execution), execution.getProcessInstanceId())
                .getId();
        execution.setVariable(Var.POLL_ID, id);
    }
}
