package id.blitar.kiosk.visit.process;

import id.blitar.kiosk.visit.domain.CloseReason;
import id.blitar.kiosk.visit.process.VisitProcess.Var;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_RecordCheckOut}: ends the visit when the card was scanned at an exit kiosk, at the scan's
 * time ({@code departedAt}, sent with the message by {@link VisitProcess}) or, without it, now.
 */
@Component("recordCheckOutDelegate")
class RecordCheckOutDelegate implements JavaDelegate {

    private final VisitService visits;
    private final Clock clock;

    RecordCheckOutDelegate(VisitService visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long visitId = Var.visitId(execution);
        Instant scannedAt = Var.departedAtOrNull(execution);
        LocalDateTime departedAt = scannedAt != null ? visits.libraryTime(scannedAt) : LocalDateTime.now(clock);
        visits.close(visitId, CloseReason.CHECK_OUT, departedAt);
    }
}
