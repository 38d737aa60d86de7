package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_CloseRegistration}: the workshop is over: attended, or a no-show. */
@Component("closeRegistrationDelegate")
class CloseRegistrationDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    CloseRegistrationDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = WorkshopVariables.registrationId(execution);
        boolean attended = workshops.registration(id).orElseThrow().isAttended();
        workshops.end(id, attended ? RegistrationStatus.ATTENDED : RegistrationStatus.NO_SHOW);
        WorkshopVariables.attended(execution, attended);
    }
}
