package id.blitar.kiosk.workshop.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_CloseWaitlist}: the workshop began while the person was still waiting. */
@Component("closeWaitlistDelegate")
class CloseWaitlistDelegate implements JavaDelegate {

    private final Waitlist waitlist;

    CloseWaitlistDelegate(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public void execute(DelegateExecution execution) {
        waitlist.closed(WorkshopVariables.registrationId(execution));
    }
}
