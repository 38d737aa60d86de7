package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.service.WorkshopMails;
import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_SendReminder}: e-mails the ticket code the day before when the person gave an address. */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final WorkshopService workshops;
    private final WorkshopMails mails;

    SendReminderDelegate(WorkshopService workshops, WorkshopMails mails) {
        this.workshops = workshops;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Registration registration = workshops
                .registration(WorkshopVariables.registrationId(execution))
                .orElseThrow();
        if (registration.getEmail() != null) {
            mails.reminder(
                    registration, workshops.find(registration.getWorkshopId()).orElseThrow());
        }
    }
}
