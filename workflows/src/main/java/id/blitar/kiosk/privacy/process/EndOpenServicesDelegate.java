package id.blitar.kiosk.privacy.process;

import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.process.DataRequestProcess.Var;
import id.blitar.kiosk.privacy.service.PersonalDataService;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_EndOpenServices}: open workshop registrations are cancelled as the visitor would cancel
 * them (the seat goes to the next person), then the subject's other running processes (a visit under way,
 * questions waiting) are ended. Its own transaction: the deletion that follows finds them ended.
 */
@Component("endOpenServicesDelegate")
class EndOpenServicesDelegate implements JavaDelegate {

    private final DataRequestRepository requests;
    private final PersonalDataService personalData;
    private final WorkshopProcess workshops;

    EndOpenServicesDelegate(
            DataRequestRepository requests, PersonalDataService personalData, WorkshopProcess workshops) {
        this.requests = requests;
        this.personalData = personalData;
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequest request = requests.findById(Var.dataRequestId(execution)).orElseThrow();
        personalData.find(request.getSubjectKind(), request.getSubjectRef()).ifPresent(subject -> {
            personalData.openRegistrations(subject).forEach(workshops::cancelRegistration);
            personalData.endRunningProcesses(subject, "Deleted on data request " + request.getId() + " (UU PDP)");
        });
    }
}
