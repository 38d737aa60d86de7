package id.blitar.kiosk.base;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers and e-mail addresses in the one form by which a person is recognised, however they typed them:
 * {@code 0812-3456-7890}, {@code +62 812-3456-7890}, {@code 62 812 3456 7890} and {@code 0812 3456 7890} are all
 * {@code +6281234567890}; {@code Siti@Example.ORG} is {@code siti@example.org}.
 *
 * <p>Phone numbers are parsed and checked with Google's libphonenumber against the numbering plans it ships
 * (Indonesia's from the regulator's allocations): a number without a country code is Indonesian. A number is
 * accepted when it is a valid number of its country, mobile or fixed line.
 */
public final class Contact {

    /** The region a number without a country code belongs to. */
    public static final String DEFAULT_REGION = "ID";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final java.util.regex.Pattern PHONE_CHARACTERS =
            java.util.regex.Pattern.compile("\\+?[0-9 ().\\-/]+");

    private Contact() {}

    /**
     * A phone number in E.164 form ({@code +6281234567890}).
     *
     * @param typed as the person typed it: spaces, hyphens, dots, brackets, a leading {@code 0}, {@code 62} or
     *     {@code +62}
     * @return empty when it is not a valid phone number
     */
    public static Optional<String> phone(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        String text = typed.strip();
        // Only what people write around digits: a letter O typed for a zero must not become another number
        // (libphonenumber would read letters as keypad digits or drop them).
        if (!PHONE_CHARACTERS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(text, DEFAULT_REGION);
            if (!PHONES.isValidNumber(number) && !text.startsWith("+")) {
                // "62 812 3456 7890": the country code written without its plus.
                number = PHONES.parse("+" + text, DEFAULT_REGION);
            }
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * An e-mail address as compared and stored: trimmed, in lower case. (The part before the {@code @} may in
     * theory be case-sensitive; no mail provider Indonesians use treats it so, and one person must not get two
     * seats by typing a capital.)
     */
    public static String email(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().toLowerCase(Locale.ROOT);
    }
}
