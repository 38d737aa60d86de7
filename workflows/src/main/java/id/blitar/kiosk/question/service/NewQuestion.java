package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.VisitorLanguage;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import java.util.Locale;

/**
 * A question as the kiosk collects it.
 *
 * @param cardNumber the visitor's membership card, optional: links the question to today's visit
 * @param email required for {@link Channel#EMAIL}, ignored otherwise
 * @param language the language the visitor used at the kiosk: the answer's e-mail is written in it
 */
public record NewQuestion(
        Topic topic, String text, String cardNumber, Channel channel, String email, String kiosk, Locale language) {

    /** A question asked in Bahasa Indonesia, the kiosk's default language. */
    public NewQuestion(Topic topic, String text, String cardNumber, Channel channel, String email, String kiosk) {
        this(topic, text, cardNumber, channel, email, kiosk, VisitorLanguage.INDONESIAN);
    }
}
