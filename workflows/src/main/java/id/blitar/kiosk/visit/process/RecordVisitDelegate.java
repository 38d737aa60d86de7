package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.service.RecordedVisit;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_RecordVisit}: writes the visit row in the transaction that starts the process, arrived at
 * the scan's time ({@code arrivedAt}, set by {@link VisitProcess}) or, without it, now.
 */
@Component("recordVisitDelegate")
class RecordVisitDelegate implements JavaDelegate {

    private final VisitService visits;

    RecordVisitDelegate(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDateTime arrivedAt = execution.getVariable(VisitProcess.Var.ARRIVED_AT) instanceof Date at
                ? visits.libraryTime(at.toInstant())
                : visits.now();
        RecordedVisit recorded =
                visits.record(VisitProcess.arrivalOf(execution), execution.getProcessInstanceId(), arrivedAt);
        execution.setVariable(VisitProcess.Var.VISIT_ID, recorded.visitId());
        execution.setVariable(VisitProcess.Var.MEMBERSHIP_EXPIRED, recorded.membershipExpired());
        execution.setVariable(VisitProcess.Var.CLOSING_TIME, recorded.closingTime());
    }
}
