package id.blitar.kiosk.privacy.process;

import id.blitar.kiosk.base.DateFormats;
import id.blitar.kiosk.base.MailTexts;
import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.domain.DataRequestStatus;
import id.blitar.kiosk.privacy.process.DataRequestProcess.Var;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_NotifyErased} and {@code Task_NotifyRefused}: the outcome goes to the subject's e-mail
 * address, if they have one, which is then forgotten. Everyone also sees it at a kiosk on their next scan.
 * A mail server that refuses makes the job fail and the engine retry it.
 */
@Component("notifyDataRequestOutcomeDelegate")
class NotifyDataRequestOutcomeDelegate implements JavaDelegate {

    private final DataRequestRepository requests;
    private final Mailer mailer;
    private final MailTexts texts;
    private final Clock clock;

    NotifyDataRequestOutcomeDelegate(DataRequestRepository requests, Mailer mailer, MailTexts texts, Clock clock) {
        this.requests = requests;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataRequest request = requests.findById(Var.dataRequestId(execution)).orElseThrow();
        String to = request.getContactEmail();
        if (to != null) {
            Locale language = request.getVisitorLanguage();
            String asked = DateFormats.fullDayTime(request.getRequestedAt(), language);
            MailTexts.Mail mail = request.getStatus() == DataRequestStatus.ERASED
                    ? texts.compose("dataErased", language, null, new Object[0], new Object[] {
                        asked, DateFormats.fullDayTime(request.getErasedAt(), language)
                    })
                    : texts.compose(
                            "dataRefused", language, null, new Object[0], new Object[] {asked, request.getReason()});
            mailer.send(to, mail.subject(), mail.body(), "data-" + request.getId());
        }
        request.outcomeSent(LocalDateTime.now(clock));
    }
}
