package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.service.WorkshopMails;
import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_SendOffer}: e-mails the offer with its link when the person gave an address. */
@Component("sendOfferDelegate")
class SendOfferDelegate implements JavaDelegate {

    private final WorkshopService workshops;
    private final WorkshopMails mails;

    SendOfferDelegate(WorkshopService workshops, WorkshopMails mails) {
        this.workshops = workshops;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Registration registration = workshops
                .registration(WorkshopVariables.registrationId(execution))
                .orElseThrow();
        if (registration.getEmail() != null && registration.getStatus() == RegistrationStatus.OFFERED) {
            mails.offer(
                    registration, workshops.find(registration.getWorkshopId()).orElseThrow());
        }
    }
}
