package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.service.WorkshopMails;
import id.blitar.kiosk.workshop.service.WorkshopService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Serves {@code Task_InviteFeedback}: invites an attendee with an address to rate the workshop. */
@Component("inviteFeedbackDelegate")
class InviteFeedbackDelegate implements JavaDelegate {

    private final WorkshopService workshops;
    private final WorkshopMails mails;

    InviteFeedbackDelegate(WorkshopService workshops, WorkshopMails mails) {
        this.workshops = workshops;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Registration registration = workshops
                .registration(WorkshopVariables.registrationId(execution))
                .orElseThrow();
        if (registration.getEmail() != null) {
            String token = workshops.inviteToFeedback(registration.getId());
            mails.feedbackInvitation(
                    registration, workshops.find(registration.getWorkshopId()).orElseThrow(), token);
        }
    }
}
