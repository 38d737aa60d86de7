package id.blitar.kiosk.workshop.service;

import id.blitar.kiosk.base.DateFormats;
import id.blitar.kiosk.base.MailTexts;
import id.blitar.kiosk.base.Mailer;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.Workshop;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The e-mails of workshop registration, in the language the visitor signed up in ({@link MailTexts}: {@code
 * offer.*}, {@code reminder.*}, {@code workshopCancelled.*}, {@code feedback.*}).
 */
@Component
public class WorkshopMails {

    private final Mailer mailer;
    private final MailTexts texts;
    private final WorkshopProperties properties;

    WorkshopMails(Mailer mailer, MailTexts texts, WorkshopProperties properties) {
        this.mailer = mailer;
        this.texts = texts;
        this.properties = properties;
    }

    public void offer(Registration registration, Workshop workshop) {
        Locale language = registration.getVisitorLanguage();
        send(
                registration,
                "offer",
                new Object[] {
                    workshop.getTitle(),
                    DateFormats.fullDayTime(workshop.getStartsAt(), language),
                    workshop.getRoom(),
                    DateFormats.fullDayTime(registration.getOfferExpiresAt(), language),
                    properties.publicUrl() + "/tawaran/" + registration.getOfferToken()
                },
                "tawaran-" + registration.getId());
    }

    public void reminder(Registration registration, Workshop workshop) {
        Locale language = registration.getVisitorLanguage();
        send(
                registration,
                "reminder",
                new Object[] {
                    workshop.getTitle(),
                    DateFormats.fullDayTime(workshop.getStartsAt(), language),
                    workshop.getRoom(),
                    registration.getTicketCode()
                },
                "pengingat-" + registration.getId());
    }

    public void workshopCancelled(Registration registration, Workshop workshop) {
        send(
                registration,
                "workshopCancelled",
                new Object[] {
                    workshop.getTitle(),
                    DateFormats.fullDayTime(workshop.getStartsAt(), registration.getVisitorLanguage())
                },
                "batal-" + registration.getId());
    }

    public void feedbackInvitation(Registration registration, Workshop workshop, String token) {
        send(
                registration,
                "feedback",
                new Object[] {workshop.getTitle(), properties.publicUrl() + "/nilai-kegiatan/" + token},
                "nilai-" + registration.getId());
    }

    private void send(Registration registration, String name, Object[] bodyArgs, String fileStem) {
        MailTexts.Mail mail = texts.compose(
                name,
                registration.getVisitorLanguage(),
                registration.getGuestName(),
                new Object[] {bodyArgs[0]},
                bodyArgs);
        mailer.send(registration.getEmail(), mail.subject(), mail.body(), fileStem);
    }
}
