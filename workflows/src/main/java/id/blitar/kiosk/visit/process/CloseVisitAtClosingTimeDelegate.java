package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.service.VisitService;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_CloseAtClosingTime}: ends a visit whose visitor left without checking out, at the
 * visit's closing time ({@code closingTime}) when the timer fires late (a visit replayed from a kiosk's
 * offline queue after its day's closing, a node that was down), else now. A member's visit waits for the
 * member's row lock first, so a check-out of the same visit and this timer never end it both.
 */
@Component("closeVisitAtClosingTimeDelegate")
class CloseVisitAtClosingTimeDelegate implements JavaDelegate {

    private final VisitService visits;

    CloseVisitAtClosingTimeDelegate(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = ((Number) execution.getVariable(VisitProcess.Var.VISIT_ID)).longValue();
        LocalDateTime at = visits.now();
        if (execution.getVariable(VisitProcess.Var.CLOSING_TIME) instanceof Date closing) {
            LocalDateTime closingTime = visits.libraryTime(closing.toInstant());
            if (closingTime.isBefore(at)) {
                at = closingTime;
            }
        }
        Long memberId = execution.getVariable(VisitProcess.Var.MEMBER_ID) instanceof Number id ? id.longValue() : null;
        visits.closeAtClosingTime(visitId, memberId, at);
    }
}
