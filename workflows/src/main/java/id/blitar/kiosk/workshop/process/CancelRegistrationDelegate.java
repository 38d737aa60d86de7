package id.blitar.kiosk.workshop.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_ReleaseSeat} and {@code Task_LeaveWaitlist}: the person cancelled; a seat they held
 * (confirmed or offered) goes to the next person waiting.
 */
@Component("cancelRegistrationDelegate")
class CancelRegistrationDelegate implements JavaDelegate {

    private final Waitlist waitlist;

    CancelRegistrationDelegate(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public void execute(DelegateExecution execution) {
        waitlist.cancelled(WorkshopVariables.registrationId(execution));
    }
}
