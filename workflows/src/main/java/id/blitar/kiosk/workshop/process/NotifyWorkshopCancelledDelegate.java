package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.service.WorkshopMails;
import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_NotifyWorkshopCancelled}: the library cancelled the workshop: the registration ends and the person is told. */
@Component("notifyWorkshopCancelledDelegate")
class NotifyWorkshopCancelledDelegate implements JavaDelegate {

    private final WorkshopService workshops;
    private final WorkshopMails mails;

    NotifyWorkshopCancelledDelegate(WorkshopService workshops, WorkshopMails mails) {
        this.workshops = workshops;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = WorkshopVariables.registrationId(execution);
        Registration registration = workshops.registration(id).orElseThrow();
        if (registration.isOpen()) {
            workshops.end(id, RegistrationStatus.WORKSHOP_CANCELLED);
        }
        if (registration.getEmail() != null) {
            mails.workshopCancelled(
                    registration, workshops.find(registration.getWorkshopId()).orElseThrow());
        }
    }
}
