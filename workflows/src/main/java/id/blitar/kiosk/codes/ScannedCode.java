package id.blitar.kiosk.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scanner, the camera or the keypad delivered, cleaned of what real scanners add around the
 * printed code — the one place these rules live, before any card or ticket is looked up.
 *
 * <p>Cleaning, in this order:
 *
 * <ol>
 *   <li>ASCII control characters (U+0000–U+001F, U+007F) anywhere are dropped: STX/ETX framing, CR,
 *       LF, Tab and the GS/RS separators scanners send as prefixes or suffixes.
 *   <li>Surrounding white space is dropped.
 *   <li>A leading AIM symbology identifier ({@code ]} + letter + digit, ISO/IEC 15424, e.g. {@code ]C0}
 *       for Code 128, {@code ]A0} for Code 39, {@code ]Q1} for QR) is dropped.
 *   <li>Code 39 start/stop characters transmitted by the scanner ({@code *KPB-0002*}) are dropped.
 * </ol>
 *
 * <p>The Code 39 modulo-43 check character (ANSI/AIM BC1, ISO/IEC 16388 annex) is not dropped
 * blindly: {@link #cardCandidates()} offers the text without its last character only when that
 * character is the correct check character of the rest, and the caller accepts it only when the rest
 * is a card. Everything else (bad characters, unknown numbers) is refused by the caller, and the
 * visitor is shown {@link #masked()} — what was read, without enough of it to identify anyone.
 */
public final class ScannedCode {

    /** Code 39's 43 data characters in the order of their check values (0 = '0' … 42 = '%'). */
    static final String CODE_39_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    private static final Pattern AIM_IDENTIFIER = Pattern.compile("^\\][A-Za-z][0-9]");
    private static final Pattern CODE_39_FRAMING = Pattern.compile("^\\*([^*]*)\\*$");
    private static final char MASK = '\u2022';
    private static final int MAX_SHOWN_MASK = 8;

    private final String text;

    private ScannedCode(String text) {
        this.text = text;
    }

    /**
     * Cleans what was scanned or typed.
     *
     * @param raw as delivered; {@code null} is read as empty
     */
    public static ScannedCode of(String raw) {
        if (raw == null) {
            return new ScannedCode("");
        }
        StringBuilder kept = new StringBuilder(raw.length());
        raw.chars().filter(c -> c > 0x1F && c != 0x7F).forEach(c -> kept.append((char) c));
        String value = kept.toString().strip();
        Matcher aim = AIM_IDENTIFIER.matcher(value);
        if (aim.find()) {
            value = value.substring(aim.end()).strip();
        }
        Matcher framing = CODE_39_FRAMING.matcher(value);
        if (framing.matches()) {
            value = framing.group(1).strip();
        }
        return new ScannedCode(value);
    }

    /** The cleaned text, as read (case kept). */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /**
     * The card numbers this scan may stand for, most likely first: the cleaned text, then — only
     * when its last character is the correct Code 39 modulo-43 check character of the rest — the
     * text without it. The caller looks them up in this order and takes the first that is a card.
     */
    public List<String> cardCandidates() {
        List<String> candidates = new ArrayList<>(2);
        candidates.add(text);
        withoutCode39CheckCharacter().ifPresent(candidates::add);
        return candidates;
    }

    /**
     * The text without its last character, when that character is the correct Code 39 modulo-43
     * check character of the rest (the sum of the character values modulo 43). Empty when the text
     * is shorter than three characters, holds characters outside Code 39, or the check fails.
     */
    public Optional<String> withoutCode39CheckCharacter() {
        if (text.length() < 3) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String data = upper.substring(0, upper.length() - 1);
        return code39CheckCharacter(data)
                .filter(check -> check == upper.charAt(upper.length() - 1))
                .map(check -> text.substring(0, text.length() - 1));
    }

    /**
     * The Code 39 modulo-43 check character of {@code data}, or empty when {@code data} holds a
     * character that basic Code 39 cannot encode.
     */
    public static Optional<Character> code39CheckCharacter(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int value = CODE_39_CHARACTERS.indexOf(data.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            sum += value;
        }
        return Optional.of(CODE_39_CHARACTERS.charAt(sum % 43));
    }

    /**
     * What was read, for a refusal on a public screen: the series prefix (the letters before the
     * first digit, at most four and at most half the text) and the last two characters stay, the rest
     * becomes dots ({@code KPB-0002} → {@code KPB-••02}). Short texts keep at most one character at the
     * end; at most eight dots are shown. Empty when nothing was read.
     */
    public String masked() {
        int n = text.length();
        if (n == 0) {
            return "";
        }
        int prefix = 0;
        while (prefix < n && !Character.isDigit(text.charAt(prefix))) {
            prefix++;
        }
        prefix = Math.min(prefix, Math.min(4, n / 2));
        int rest = n - prefix;
        int tail = rest >= 4 ? 2 : rest >= 2 ? 1 : 0;
        int hidden = rest - tail;
        return text.substring(0, prefix)
                + String.valueOf(MASK).repeat(Math.min(hidden, MAX_SHOWN_MASK))
                + text.substring(n - tail);
    }

    @Override
    public String toString() {
        // Never the full number in logs either.
        return "ScannedCode[" + masked() + "]";
    }
}
