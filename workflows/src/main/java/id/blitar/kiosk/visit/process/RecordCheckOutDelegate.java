package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.domain.CloseReason;
import id.blitar.kiosk.visit.service.VisitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_RecordCheckOut}: ends the visit when the card was scanned at an exit kiosk. */
@Component("recordCheckOutDelegate")
class RecordCheckOutDelegate implements JavaDelegate {

    private final VisitService visits;

    RecordCheckOutDelegate(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = ((Number) execution.getVariable(VisitProcess.Var.VISIT_ID)).longValue();
        visits.close(visitId, CloseReason.CHECK_OUT);
    }
}
