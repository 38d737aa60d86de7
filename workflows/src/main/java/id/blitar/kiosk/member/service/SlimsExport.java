package id.blitar.kiosk.member.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The text layer of a member file: bytes to characters, and characters to records of fields, in whichever of the
 * two dialects the file was written in.
 *
 * <p><b>SLiMS</b> ({@code admin/modules/membership/export.php} of SLiMS 9 Bulian): every value is passed through
 * MySQL's {@code escape_string} and then written between the encloser the librarian typed (default {@code "}),
 * followed by the separator the librarian typed (default {@code ,}); the last separator of a data row is removed,
 * that of the optional header row is not, so the header has one empty field more. Records end with the record
 * separator the librarian picked: {@code \n} or, for "CARRIAGE RETURN", a lone {@code \r}. Inside a value,
 * {@code escape_string} writes {@code \\}, {@code \'}, {@code \"}, {@code \n}, {@code \r}, {@code \0} and
 * {@code \Z} (Ctrl-Z); MySQL reads any other backslash pair as the character itself.
 *
 * <p><b>Spreadsheet</b> (RFC 4180, as Excel and LibreOffice save CSV): only values that need it are enclosed in
 * {@code "}, a quote inside is doubled, line breaks inside an enclosed value are literal, a backslash is just a
 * backslash; separator {@code ,}, {@code ;} (Excel with Indonesian regional settings) or tab.
 *
 * <p>No CSV library reads the first dialect: Apache Commons CSV's escape character keeps {@code \'}, {@code \0}
 * and {@code \Z} as two characters, and none guesses the dialect. The dialect is therefore found by reading the
 * start of the file in each candidate and keeping the one that reads it most consistently.
 *
 * <p>Text is UTF-8 (a byte order mark is skipped); a file that is not valid UTF-8 is read as Windows-1252, the
 * code page Excel uses for "CSV" on Indonesian Windows; bytes that are neither are refused with their line.
 */
final class SlimsExport {

    /** How values escape the encloser and special characters. */
    enum Escapes {
        /** MySQL {@code escape_string} inside the encloser (SLiMS). */
        BACKSLASH,
        /** The encloser doubled (RFC 4180, spreadsheets). */
        DOUBLED
    }

    /** How a file is written: separator, encloser, escapes. */
    record Dialect(char separator, char encloser, Escapes escapes) {}

    /**
     * One record of a file.
     *
     * @param line the line it starts on (1-based; a lone carriage return ends a line too)
     * @param fields its values, unescaped
     */
    record Record(int line, List<String> fields) {}

    /** A problem of the text layer, at a line and (when known) a field index, -1 for the whole line. */
    record TextProblem(int line, int field, String reason, List<String> arguments) {}

    /** The records of a whole file in its dialect, or the problems that stopped reading it. */
    record Text(Dialect dialect, List<Record> records, List<TextProblem> problems) {}

    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    // What MySQL's escape_string writes and people rarely type: \' \" \\ and \n between letters.
    private static final java.util.regex.Pattern SLIMS_ESCAPE =
            java.util.regex.Pattern.compile("\\\\['\"\\\\]|\\\\n\\p{Lu}");
    private static final int SAMPLE_RECORDS = 200;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SlimsExport() {}

    /**
     * Decodes a file: UTF-8 without its byte order mark, else Windows-1252.
     *
     * @return the text, or null when the bytes are neither (then {@code problems} holds the line and the byte)
     */
    static String decode(byte[] content, List<TextProblem> problems) {
        int start = content.length >= 3
                        && (content[0] & 0xff) == 0xef
                        && (content[1] & 0xff) == 0xbb
                        && (content[2] & 0xff) == 0xbf
                ? 3
                : 0;
        String utf8 = decode(content, start, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        if (start == 0) {
            String windows = decode(content, 0, WINDOWS_1252);
            if (windows != null) {
                return windows;
            }
        }
        int position = firstUndecodable(content, start, start == 0 ? WINDOWS_1252 : StandardCharsets.UTF_8);
        int line = 1;
        for (int i = start; i < position; i++) {
            if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
                line++;
            }
        }
        problems.add(new TextProblem(
                line,
                -1,
                "memberImport.problem.encoding",
                List.of(String.format("%02X", content[Math.min(position, content.length - 1)] & 0xff))));
        return null;
    }

    private static String decode(byte[] content, int start, Charset charset) {
        CharsetDecoder decoder = decoder(charset);
        try {
            return decoder.decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static int firstUndecodable(byte[] content, int start, Charset charset) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : content.length - 1;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Finds the dialect of a text and reads all of it.
     *
     * @param expectedFields how many fields a record without a header has (SLiMS's fixed column order)
     * @param isHeader whether a record is a header row (it names the member number column)
     */
    static Text read(String text, int expectedFields, java.util.function.Predicate<Record> isHeader) {
        Dialect dialect = candidates(text).stream()
                .min(Comparator.comparingInt(d -> cost(text, d, expectedFields, isHeader)))
                .orElseThrow();
        List<TextProblem> problems = new ArrayList<>();
        List<Record> records = records(text, dialect, Integer.MAX_VALUE, problems);
        return new Text(dialect, records, problems);
    }

    /**
     * The dialects worth trying, the likeliest first (it wins a tie). A file that starts with a character that is
     * neither a letter, a digit nor a separator starts with its encloser (SLiMS encloses every value, header names
     * too), and the character after the first enclosed value is the separator.
     */
    static List<Dialect> candidates(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        List<Dialect> dialects = new ArrayList<>();
        if (start < text.length()) {
            char first = text.charAt(start);
            if (!Character.isLetterOrDigit(first) && !isSeparatorCandidate(first)) {
                int close = text.indexOf(first, start + 1);
                char separator = close > 0 && close + 1 < text.length() ? text.charAt(close + 1) : ',';
                if (separator != '\r' && separator != '\n' && separator != first) {
                    dialects.add(new Dialect(separator, first, Escapes.BACKSLASH));
                    dialects.add(new Dialect(separator, first, Escapes.DOUBLED));
                }
            }
        }
        // A SLiMS export that passed through a spreadsheet lost its enclosers but kept escape_string's
        // backslashes (Ma\'ruf): then the backslash reading comes first and wins a tie.
        List<Escapes> order = SLIMS_ESCAPE
                        .matcher(text.substring(0, Math.min(text.length(), 65_536)))
                        .find()
                ? List.of(Escapes.BACKSLASH, Escapes.DOUBLED)
                : List.of(Escapes.DOUBLED, Escapes.BACKSLASH);
        for (Escapes escapes : order) {
            for (char separator : SEPARATORS) {
                Dialect dialect = new Dialect(separator, '"', escapes);
                if (!dialects.contains(dialect)) {
                    dialects.add(dialect);
                }
            }
        }
        return dialects;
    }

    private static boolean isSeparatorCandidate(char c) {
        for (char separator : SEPARATORS) {
            if (c == separator) {
                return true;
            }
        }
        return false;
    }

    /**
     * How badly a dialect reads the start of a text: problems of the text layer plus records whose field count
     * differs from the header's (or from SLiMS's fixed order when there is no header). A dialect that leaves the
     * first record in one piece while the file has several columns is the worst.
     */
    static int cost(String text, Dialect dialect, int expectedFields, java.util.function.Predicate<Record> isHeader) {
        List<TextProblem> problems = new ArrayList<>();
        List<Record> sample = records(text, dialect, SAMPLE_RECORDS, problems);
        if (sample.isEmpty()) {
            return Integer.MAX_VALUE / 2;
        }
        Record first = sample.get(0);
        int expected;
        List<Record> rows;
        if (isHeader.test(first)) {
            expected = headerWidth(first.fields());
            rows = sample.subList(1, sample.size());
        } else {
            expected = expectedFields;
            rows = sample;
        }
        int cost = problems.size() * 2;
        for (Record row : rows) {
            if (!fits(row.fields(), expected)) {
                cost++;
            }
        }
        if (first.fields().size() == 1) {
            cost += SAMPLE_RECORDS * 4;
        }
        return cost;
    }

    /** The number of columns a header names: SLiMS ends it with one more separator, so trailing blanks go. */
    static int headerWidth(List<String> header) {
        int width = header.size();
        while (width > 1 && header.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    /** Whether a record has the expected number of fields (more is fine when the extra ones are blank). */
    static boolean fits(List<String> fields, int expected) {
        if (fields.size() == expected) {
            return true;
        }
        return fields.size() > expected
                && fields.subList(expected, fields.size()).stream().allMatch(String::isBlank);
    }

    /**
     * Splits a text into records. Outside an enclosed value, CR, LF and CR LF end a record; blank lines are
     * skipped.
     *
     * @param limit the most records to read
     */
    static List<Record> records(String text, Dialect dialect, int limit, List<TextProblem> problems) {
        char separator = dialect.separator();
        char encloser = dialect.encloser();
        boolean backslash = dialect.escapes() == Escapes.BACKSLASH;
        List<Record> records = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        StringBuilder field = new StringBuilder();
        while (i < n && records.size() < limit) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            field.setLength(0);
            boolean enclosed = false;
            boolean afterClose = false;
            boolean fieldStart = true;
            int openedOn = line;
            boolean endOfRecord = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i++);
                if (enclosed) {
                    if (backslash && c == '\\' && i < n) {
                        field.append(unescape(text.charAt(i++)));
                    } else if (c == encloser) {
                        if (!backslash && i < n && text.charAt(i) == encloser) {
                            field.append(encloser);
                            i++;
                        } else {
                            enclosed = false;
                            afterClose = true;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && (i >= n || text.charAt(i) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    afterClose = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                } else if (afterClose) {
                    // "Budi"Santoso: only a separator or the end of the record may follow a closing encloser.
                    problems.add(new TextProblem(
                            line, fields.size(), "memberImport.problem.textAfterQuote", List.of(String.valueOf(c))));
                    afterClose = false;
                    field.append(c);
                } else if (c == encloser && fieldStart) {
                    enclosed = true;
                    openedOn = line;
                    fieldStart = false;
                } else if (backslash && c == '\\' && i < n) {
                    field.append(unescape(text.charAt(i++)));
                    fieldStart = false;
                } else {
                    field.append(c);
                    fieldStart = false;
                }
            }
            if (enclosed) {
                problems.add(new TextProblem(openedOn, fields.size(), "memberImport.problem.unclosedQuote", List.of()));
            }
            fields.add(field.toString());
            if (fields.size() > 1 || !fields.get(0).isBlank()) {
                records.add(new Record(startLine, fields));
            }
        }
        return records;
    }

    /** The character MySQL reads for a backslash followed by {@code c}. */
    static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case '0' -> '\0';
            case 'Z' -> '\u001a';
            case 'b' -> '\b';
            default -> c;
        };
    }

    /** A column name as compared: trimmed, lower case. */
    static String columnName(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
