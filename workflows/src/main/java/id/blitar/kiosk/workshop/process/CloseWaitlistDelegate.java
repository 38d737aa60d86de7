package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.process.WorkshopProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_CloseWaitlist}: the workshop began while the person was still waiting. */
@Component("closeWaitlistDelegate")
class CloseWaitlistDelegate implements JavaDelegate {

    private final WorkshopProcess process;

    CloseWaitlistDelegate(WorkshopProcess process) {
        this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
        process.end(Var.registrationId(execution), RegistrationStatus.WAITLIST_CLOSED);
    }
}
