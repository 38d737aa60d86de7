package id.blitar.kiosk.workshop.process;

/**
 * A sign-up at the kiosk: with a membership card, or as a guest with a name, a phone number or an
 * e-mail address, and consent.
 */
public record SignUp(String cardNumber, String guestName, String phone, String email, boolean consent, String kiosk) {

    public static SignUp member(String cardNumber, String kiosk) {
        return new SignUp(cardNumber, null, null, null, false, kiosk);
    }

    public static SignUp guest(String name, String phone, String email, boolean consent, String kiosk) {
        return new SignUp(null, name, phone, email, consent, kiosk);
    }

    boolean isMember() {
        return cardNumber != null && !cardNumber.isBlank();
    }
}
