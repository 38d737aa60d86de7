package id.blitar.kiosk.base;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every value typed or scanned at a kiosk must pass before anything is stored.
 *
 * <p>Queries are parameterised anyway; these rules exist so that a visitor who types markup, SQL or
 * control characters gets a clear message instead of a stored oddity, and so that no field can grow
 * beyond what a kiosk form should hold. Each failure is a translation key for the kiosk.
 */
public final class InputCheck {

    /** The longest value any kiosk field accepts. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]*");
    // Letters of any script, digits, spaces and the punctuation of real institution names
    // ("MI Ma'arif 02", "SMPN 1 Kota Blitar", "Univ. Islam Balitar (UNISBA)").
    private static final Pattern FREE_TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'()/&-]*");

    private InputCheck() {}

    /**
     * Checks a membership card number as a scanner, the camera or the keypad delivers it.
     *
     * @return the translation key of the problem, or empty when the value is acceptable
     */
    public static Optional<String> cardNumberProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("error.input.empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return Optional.of("error.input.tooLong");
        }
        if (hasControlCharacters(trimmed)) {
            return Optional.of("error.input.controlCharacters");
        }
        if (!CARD_NUMBER.matcher(trimmed).matches()) {
            return Optional.of("error.card.format");
        }
        return Optional.empty();
    }

    /**
     * Checks an optional free-text field such as an institution name. Empty is acceptable.
     *
     * @return the translation key of the problem, or empty when the value is acceptable
     */
    public static Optional<String> freeTextProblem(String value) {
        return freeTextProblem(value, MAX_LENGTH);
    }

    /**
     * Checks an optional free-text field with its own length, such as a room or a partner's name: the rules of
     * {@link #freeTextProblem(String)}, at most {@code max} characters.
     *
     * @return the translation key of the problem, or empty when the value is acceptable
     */
    public static Optional<String> freeTextProblem(String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            return Optional.of("error.input.tooLong");
        }
        if (hasControlCharacters(trimmed)) {
            return Optional.of("error.input.controlCharacters");
        }
        if (!FREE_TEXT.matcher(trimmed).matches() || trimmed.contains("--")) {
            return Optional.of("error.input.characters");
        }
        return Optional.empty();
    }

    /** The longest question a visitor may type at a kiosk. */
    public static final int MAX_QUESTION_LENGTH = 1000;

    /** The longest staff-written answer. */
    public static final int MAX_ANSWER_LENGTH = 4000;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    /**
     * Checks a text written in the visitor's own words (a question) or by staff (an answer, a note):
     * required, at most {@code max} characters, line breaks allowed, no other control characters.
     *
     * @return the translation key of the problem, or empty when the value is acceptable
     */
    public static Optional<String> longTextProblem(String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of("error.text.empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            return Optional.of("error.text.tooLong");
        }
        boolean control = trimmed.chars()
                .filter(c -> c != '\n' && c != '\r' && c != '\t')
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
        if (control) {
            return Optional.of("error.input.controlCharacters");
        }
        return Optional.empty();
    }

    /**
     * Checks an e-mail address for answers: one address, no display name, at most 200 characters.
     *
     * @return the translation key of the problem, or empty when the value is acceptable
     */
    public static Optional<String> emailProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("error.email.empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > 200 || !EMAIL.matcher(trimmed).matches()) {
            return Optional.of("error.email.format");
        }
        return Optional.empty();
    }

    /** The card number in the form it is stored and looked up: trimmed and upper case. */
    public static String normaliseCardNumber(String value) {
        return value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A free-text value in the form it is stored: trimmed, inner whitespace collapsed, null when blank. */
    public static String normaliseFreeText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceAll("\\s+", " ");
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
