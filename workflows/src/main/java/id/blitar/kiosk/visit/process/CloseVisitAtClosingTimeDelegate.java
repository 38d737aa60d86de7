package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.process.VisitProcess.Var;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
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
    private final Clock clock;

    CloseVisitAtClosingTimeDelegate(VisitService visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = Var.visitId(execution);
        LocalDateTime at = LocalDateTime.now(clock);
        Instant closing = Var.closingTimeOrNull(execution);
        if (closing != null) {
            LocalDateTime closingTime = visits.libraryTime(closing);
            if (closingTime.isBefore(at)) {
                at = closingTime;
            }
        }
        visits.closeAtClosingTime(visitId, Var.memberIdOrNull(execution), at);
    }
}
