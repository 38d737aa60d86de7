package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.process.WorkshopProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_ExpireOffer}: the offer lapsed: the seat goes to the next person waiting. */
@Component("expireOfferDelegate")
class ExpireOfferDelegate implements JavaDelegate {

    private final WorkshopProcess process;

    ExpireOfferDelegate(WorkshopProcess process) {
        this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
        process.end(Var.registrationId(execution), RegistrationStatus.OFFER_EXPIRED);
    }
}
