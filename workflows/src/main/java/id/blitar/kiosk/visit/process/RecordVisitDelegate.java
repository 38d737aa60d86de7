package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.process.VisitProcess.Var;
import id.blitar.kiosk.visit.service.RecordedVisit;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
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
    private final Clock clock;

    RecordVisitDelegate(VisitService visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant scannedAt = Var.arrivedAtOrNull(execution);
        LocalDateTime arrivedAt = scannedAt != null ? visits.libraryTime(scannedAt) : LocalDateTime.now(clock);
        RecordedVisit recorded =
                visits.record(VisitProcess.arrivalOf(execution), execution.getProcessInstanceId(), arrivedAt);
        execution.setVariable(Var.VISIT_ID, recorded.visitId());
        execution.setVariable(Var.MEMBERSHIP_EXPIRED, recorded.membershipExpired());
        execution.setVariable(Var.CLOSING_TIME, recorded.closingTime());
    }
}
