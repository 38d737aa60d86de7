package id.blitar.kiosk.workshop.service;

import id.blitar.kiosk.codes.ScannedCode;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ticket codes: ten characters a person can read aloud and type (no 0/O, 1/I/L, U), written
 * {@code ABCDE-FGHJK}, 50 bits of chance so a guessed or garbled code finds no ticket. The QR code
 * carries the same code behind a prefix, so a scanner tells tickets from membership cards.
 */
public final class TicketCodes {

    /** What the QR code of a ticket starts with. */
    public static final String QR_PREFIX = "KIOSPUSTAKA-TIKET:";

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{5}-[" + ALPHABET + "]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketCodes() {}

    public static String newCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A random token for links in e-mails (offers). */
    public static String newToken() {
        StringBuilder token = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    public static String qrPayload(String code) {
        return QR_PREFIX + code;
    }

    /**
     * The ticket code in whatever was scanned or typed: the QR payload, or the code itself with or
     * without the hyphen, in any case. Empty when it cannot be a ticket code.
     */
    public static Optional<String> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String value = ScannedCode.of(scanned).text();
        if (value.length() > 64) {
            return Optional.empty();
        }
        if (value.toUpperCase(Locale.ROOT).startsWith(QR_PREFIX)) {
            value = value.substring(QR_PREFIX.length());
        }
        value = value.toUpperCase(Locale.ROOT).replace(" ", "");
        if (value.length() == 10 && value.indexOf('-') < 0) {
            value = value.substring(0, 5) + "-" + value.substring(5);
        }
        return CODE.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
