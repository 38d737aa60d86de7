package id.blitar.kiosk.workshop.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_ExpireOffer}: the offer lapsed: the seat goes to the next person waiting. */
@Component("expireOfferDelegate")
class ExpireOfferDelegate implements JavaDelegate {

    private final Waitlist waitlist;

    ExpireOfferDelegate(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public void execute(DelegateExecution execution) {
        waitlist.offerLapsed(WorkshopVariables.registrationId(execution));
    }
}
