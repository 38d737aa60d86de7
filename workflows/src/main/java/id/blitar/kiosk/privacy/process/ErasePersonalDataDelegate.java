package id.blitar.kiosk.privacy.process;

import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.process.DataRequestProcess.Var;
import id.blitar.kiosk.privacy.service.ErasureSummary;
import id.blitar.kiosk.privacy.service.PersonalDataService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_ErasePersonalData}: deletes the subject's data and records what was deleted in the
 * audit log, in one transaction. If the subject started a service since the last step (checked in again),
 * nothing is deleted and the process goes back to end it.
 */
@Component("erasePersonalDataDelegate")
class ErasePersonalDataDelegate implements JavaDelegate {

    private final DataRequestRepository requests;
    private final PersonalDataService personalData;
    private final Clock clock;

    ErasePersonalDataDelegate(DataRequestRepository requests, PersonalDataService personalData, Clock clock) {
        this.requests = requests;
        this.personalData = personalData;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequest request = requests.findById(Var.dataRequestId(execution)).orElseThrow();
        Optional<ErasureSummary> erased = personalData
                .find(request.getSubjectKind(), request.getSubjectRef())
                .map(personalData::erase)
                // Nobody is known any more by that card or ticket (deleted meanwhile): nothing left to delete.
                .orElseGet(() -> Optional.of(new ErasureSummary(0, 0, 0, 0, 0, 0, 0, 0)));
        erased.ifPresent(summary -> request.erased(summary.stored(), LocalDateTime.now(clock)));
        execution.setVariable(Var.SERVICES_STILL_RUNNING, erased.isEmpty());
    }
}
