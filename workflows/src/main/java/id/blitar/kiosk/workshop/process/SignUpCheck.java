package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.base.Contact;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.codes.ScannedCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The sign-up form's rules: a card number, or a guest's name, a phone number or an e-mail address, and consent.
 * A phone number is one when libphonenumber reads it ({@link Contact}); contacts are kept in their one form
 * (E.164, lower-case e-mail).
 */
final class SignUpCheck {

    private SignUpCheck() {}

    /** Translation keys of what is wrong with the form; empty when it may be sent on. */
    static List<String> problemsOf(SignUp signUp) {
        List<String> problems = new ArrayList<>();
        InputCheck.freeTextProblem(signUp.kiosk()).ifPresent(problems::add);
        if (signUp.isMember()) {
            InputCheck.cardNumberProblem(ScannedCode.of(signUp.cardNumber()).text())
                    .ifPresent(problems::add);
            return problems;
        }
        if (signUp.guestName() == null || signUp.guestName().isBlank()) {
            problems.add("error.signUp.name");
        } else {
            InputCheck.freeTextProblem(signUp.guestName()).ifPresent(problems::add);
        }
        boolean phone = signUp.phone() != null && !signUp.phone().isBlank();
        boolean email = signUp.email() != null && !signUp.email().isBlank();
        if (!phone && !email) {
            problems.add("error.signUp.contact");
        }
        if (phone && Contact.phone(signUp.phone()).isEmpty()) {
            problems.add("error.signUp.phone");
        }
        if (email) {
            InputCheck.emailProblem(signUp.email()).ifPresent(problems::add);
        }
        if (!signUp.consent()) {
            problems.add("error.consent.required");
        }
        return problems.stream().distinct().toList();
    }

    /** The guest's phone number in E.164 form, or null. */
    static String phone(SignUp signUp) {
        return Contact.phone(signUp.phone()).orElse(null);
    }

    /** The guest's e-mail address in lower case, or null. */
    static String email(SignUp signUp) {
        return Contact.email(signUp.email());
    }
}
