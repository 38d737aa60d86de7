package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.process.WorkshopProcess.Var;
import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_LeaveWaitlist}: the person cancelled while waiting (an offered seat goes on). */
@Component("leaveWaitlistDelegate")
class LeaveWaitlistDelegate implements JavaDelegate {

    private final WorkshopService workshops;
    private final WorkshopProcess process;

    LeaveWaitlistDelegate(WorkshopService workshops, WorkshopProcess process) {
        this.workshops = workshops;
        this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
        process.end(registrationId(execution), RegistrationStatus.CANCELLED);
    }

    private static long registrationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Var.REGISTRATION_ID)).longValue();
    }
}
