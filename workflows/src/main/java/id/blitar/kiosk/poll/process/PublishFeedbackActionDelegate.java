package id.blitar.kiosk.poll.process;

import id.blitar.kiosk.poll.process.PollProcess.Var;
import id.blitar.kiosk.poll.service.PollService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_PublishAction}: the reviewed answer's item appears on the attract screens. */
@Component("publishFeedbackActionDelegate")
class PublishFeedbackActionDelegate implements JavaDelegate {

    private final PollService polls;

    PublishFeedbackActionDelegate(PollService polls) {
        this.polls = polls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        polls.publishAction(Var.pollId(execution));
    }
}
