package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_RecordAttendance}: the ticket was scanned at the door of a session. */
@Component("recordAttendanceDelegate")
class RecordAttendanceDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    RecordAttendanceDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workshops.recordAttendance(
                WorkshopVariables.registrationId(execution),
                WorkshopVariables.sessionId(execution),
                WorkshopVariables.kiosk(execution));
    }
}
