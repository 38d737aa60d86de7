package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.base.VisitorLanguage;
import java.util.Locale;

/**
 * A sign-up at the kiosk: with a membership card, or as a guest with a name, a phone number or an
 * e-mail address, and consent.
 *
 * @param language the language the visitor used at the kiosk: the registration's e-mails are written in it
 */
public record SignUp(
        String cardNumber,
        String guestName,
        String phone,
        String email,
        boolean consent,
        String kiosk,
        Locale language) {

    /** A sign-up in Bahasa Indonesia, the kiosk's default language. */
    public SignUp(String cardNumber, String guestName, String phone, String email, boolean consent, String kiosk) {
        this(cardNumber, guestName, phone, email, consent, kiosk, VisitorLanguage.INDONESIAN);
    }

    public static SignUp member(String cardNumber, String kiosk) {
        return new SignUp(cardNumber, null, null, null, false, kiosk);
    }

    public static SignUp guest(String name, String phone, String email, boolean consent, String kiosk) {
        return new SignUp(null, name, phone, email, consent, kiosk);
    }

    /** The same sign-up, made in this language. */
    public SignUp in(Locale language) {
        return new SignUp(cardNumber, guestName, phone, email, consent, kiosk, VisitorLanguage.supported(language));
    }

    boolean isMember() {
        return cardNumber != null && !cardNumber.isBlank();
    }
}
