package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.process.WorkshopProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_ReleaseSeat} and {@code Task_LeaveWaitlist}: the person cancelled; a seat they held
 * (confirmed or offered) goes to the next person waiting.
 */
@Component("cancelRegistrationDelegate")
class CancelRegistrationDelegate implements JavaDelegate {

    private final WorkshopProcess process;

    CancelRegistrationDelegate(WorkshopProcess process) {
        this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
        process.end(Var.registrationId(execution), RegistrationStatus.CANCELLED);
    }
}
