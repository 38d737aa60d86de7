package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.service.RecordedVisit;
import id.blitar.kiosk.visit.service.VisitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_RecordVisit}: writes the visit row in the transaction that starts the process. */
@Component("recordVisitDelegate")
class RecordVisitDelegate implements JavaDelegate {

    private final VisitService visits;

    RecordVisitDelegate(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecordedVisit recorded = visits.record(VisitProcess.arrivalOf(execution), execution.getProcessInstanceId());
        execution.setVariable(VisitProcess.Var.VISIT_ID, recorded.visitId());
        execution.setVariable(VisitProcess.Var.MEMBERSHIP_EXPIRED, recorded.membershipExpired());
        execution.setVariable(VisitProcess.Var.CLOSING_TIME, recorded.closingTime());
    }
}
