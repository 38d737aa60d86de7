package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_IssueTicket}: a seat taken from an offer becomes a ticket (a seat reserved at sign-up has one already). */
@Component("issueTicketDelegate")
class IssueTicketDelegate implements JavaDelegate {

    private final WorkshopService workshops;

    IssueTicketDelegate(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = WorkshopVariables.registrationId(execution);
        if (workshops.registration(id).orElseThrow().getStatus() == RegistrationStatus.OFFERED) {
            workshops.confirmOffer(id);
        }
    }
}
