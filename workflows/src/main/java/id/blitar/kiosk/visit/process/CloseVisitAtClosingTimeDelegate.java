package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.domain.CloseReason;
import id.blitar.kiosk.visit.service.VisitService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_CloseAtClosingTime}: ends a visit whose visitor left without checking out. */
@Component("closeVisitAtClosingTimeDelegate")
class CloseVisitAtClosingTimeDelegate implements JavaDelegate {

    private final VisitService visits;

    CloseVisitAtClosingTimeDelegate(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = ((Number) execution.getVariable(VisitProcess.Var.VISIT_ID)).longValue();
        visits.close(visitId, CloseReason.CLOSING_TIME);
    }
}
