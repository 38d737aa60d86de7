package id.blitar.kiosk.member.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.InputCheck;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a SLiMS member export (Keanggotaan → Ekspor Data Anggota): CSV in UTF-8 (a byte
 * order mark is fine) with a header row, separated by comma, semicolon or tab (SLiMS lets the
 * librarian choose; the header tells which), fields optionally in double quotes. Column names are
 * SLiMS's ({@code member_id}, {@code member_name}, {@code member_type_name}, {@code birth_date},
 * {@code member_email}, {@code inst_name}, {@code expire_date}, {@code member_since_date},
 * {@code register_date}); others (gender, address, phone…) are ignored, so the library keeps no more
 * personal data than the kiosks use.
 *
 * <p>A column absent from the header is reported as such ({@link Parsed#columns()}), so that an import
 * leaves what it does not know alone; a column that is there but empty in a row means "none" (no e-mail,
 * no institution, type {@value #DEFAULT_MEMBER_TYPE}; an empty birth date means unknown).
 *
 * <p>The whole file is checked; every problem is collected with its line and column.
 */
final class SlimsMemberFile {

    static final String MEMBER_ID = "member_id";
    static final String MEMBER_NAME = "member_name";
    static final String MEMBER_TYPE = "member_type_name";
    static final String BIRTH_DATE = "birth_date";
    static final String EMAIL = "member_email";
    static final String INSTITUTION = "inst_name";
    static final String EXPIRE_DATE = "expire_date";
    static final String MEMBER_SINCE = "member_since_date";
    static final String REGISTER_DATE = "register_date";

    static final List<String> REQUIRED = List.of(MEMBER_ID, MEMBER_NAME, EXPIRE_DATE);

    /** The type of a member whose export row names none. */
    static final String DEFAULT_MEMBER_TYPE = "Umum";

    static final int MAX_CARD = InputCheck.MAX_LENGTH;
    static final int MAX_NAME = 200;
    static final int MAX_TYPE = 60;
    static final int MAX_EMAIL = 200;
    static final int MAX_INSTITUTION = 200;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // Day first, as Indonesians write dates; both separators must be the same.
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})");
    private static final String UNKNOWN_DATE = "0000-00-00";
    private static final int PROGRESS_STEP = 1000;

    /** A row that passed every check, in the form it is stored. */
    record MemberRow(
            int line,
            String cardNumber,
            String fullName,
            String memberType,
            AgeGroup ageGroup,
            String email,
            String institution,
            LocalDate expiresOn,
            LocalDate memberSince) {}

    /**
     * The rows of a file, or why it is refused. Problems are listed up to a limit and counted beyond it.
     *
     * @param columns the column names of the header, in lower case
     */
    record Parsed(
            List<MemberRow> rows, int rowCount, List<ImportProblem> problems, int moreProblems, Set<String> columns) {

        Parsed {
            columns = Set.copyOf(columns);
        }

        /** Whether the header has this column (given in lower case). */
        boolean has(String column) {
            return columns.contains(column);
        }

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    private record Record(int line, List<String> fields) {}

    private final LocalDate today;
    private final int maxProblems;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int moreProblems;

    private SlimsMemberFile(LocalDate today, int maxProblems) {
        this.today = today;
        this.maxProblems = maxProblems;
    }

    /**
     * Reads and checks a whole file.
     *
     * @param today the day birth dates are measured against (age group) and no birth date may follow
     * @param maxProblems how many problems to list; further ones are only counted
     */
    static Parsed read(byte[] content, LocalDate today, int maxProblems, ImportProgress progress) {
        return new SlimsMemberFile(today, maxProblems).parse(content, progress);
    }

    private Parsed parse(byte[] content, ImportProgress progress) {
        String text = decode(content);
        if (text == null) {
            return refused(0);
        }
        if (text.isBlank()) {
            problem(0, "", "memberImport.problem.empty");
            return refused(0);
        }
        char separator = separatorOf(text);
        List<Record> records = records(text, separator);
        if (records.isEmpty()) {
            problem(0, "", "memberImport.problem.empty");
            return refused(0);
        }
        Record header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        int rowCount = records.size() - 1;
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(c -> problem(header.line(), c, "memberImport.problem.missingColumn", c));
            return refused(rowCount);
        }
        if (rowCount == 0) {
            problem(header.line(), "", "memberImport.problem.noRows");
            return refused(0);
        }

        List<MemberRow> rows = new ArrayList<>(rowCount);
        Map<String, Integer> lineOfCard = new HashMap<>(rowCount * 2);
        for (int i = 1; i < records.size(); i++) {
            Record record = records.get(i);
            MemberRow row = check(record, header.fields().size(), columns);
            if (row != null) {
                Integer earlier = lineOfCard.putIfAbsent(row.cardNumber(), row.line());
                if (earlier != null) {
                    problem(
                            row.line(),
                            MEMBER_ID,
                            "memberImport.problem.duplicate",
                            row.cardNumber(),
                            earlier,
                            row.line());
                } else {
                    rows.add(row);
                }
            }
            if (i % PROGRESS_STEP == 0) {
                progress.update(ImportProgress.Stage.CHECKING, i, rowCount);
            }
        }
        progress.update(ImportProgress.Stage.CHECKING, rowCount, rowCount);
        return problems.isEmpty() ? new Parsed(rows, rowCount, List.of(), 0, columns.keySet()) : refused(rowCount);
    }

    private Parsed refused(int rowCount) {
        return new Parsed(List.of(), rowCount, List.copyOf(problems), moreProblems, Set.of());
    }

    /** UTF-8 text without a byte order mark, or null (and a problem) when the bytes are not UTF-8. */
    private String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xff) == 0xef
                        && (content[1] & 0xff) == 0xbb
                        && (content[2] & 0xff) == 0xbf
                ? 3
                : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int position = in.position();
            int line = 1;
            for (int i = start; i < position; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            problem(
                    line,
                    "",
                    "memberImport.problem.notUtf8",
                    String.format("%02X", content[Math.min(position, content.length - 1)] & 0xff));
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** The separator used most often in the header line, outside quotes; a comma when there is none. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Splits the text into records (RFC 4180: a field in double quotes may hold separators, line breaks
     * and doubled quotes), each with the line it starts on. Blank lines are skipped.
     */
    private List<Record> records(String text, char separator) {
        List<Record> records = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        StringBuilder field = new StringBuilder();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            field.setLength(0);
            boolean quoted = false;
            boolean afterQuote = false;
            boolean fieldStart = true;
            boolean endOfRecord = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (afterQuote && c != separator && c != '\r' && c != '\n') {
                    // "Budi"Santoso: only a separator or the end of the line may follow a closing quote.
                    problem(line, "", "memberImport.problem.textAfterQuote", String.valueOf(c));
                    afterQuote = false;
                    field.append(c);
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    afterQuote = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                    fieldStart = false;
                }
            }
            if (quoted) {
                problem(startLine, "", "memberImport.problem.unclosedQuote");
            }
            fields.add(field.toString());
            if (fields.size() > 1 || !fields.get(0).isBlank()) {
                records.add(new Record(startLine, fields));
            }
        }
        return records;
    }

    private MemberRow check(Record record, int headerSize, Map<String, Integer> columns) {
        int line = record.line();
        List<String> fields = record.fields();
        if (fields.size() != headerSize
                && !(fields.size() > headerSize
                        && fields.subList(headerSize, fields.size()).stream().allMatch(String::isBlank))) {
            problem(line, "", "memberImport.problem.fieldCount", fields.size(), headerSize);
            return null;
        }
        int before = problemCount();
        String card = value(fields, columns, MEMBER_ID);
        if (card == null) {
            problem(line, MEMBER_ID, "memberImport.problem.required");
        } else {
            InputCheck.cardNumberProblem(card).ifPresent(p -> {
                switch (p) {
                    case "error.input.tooLong" -> problem(line, MEMBER_ID, "memberImport.problem.tooLong", MAX_CARD);
                    default -> problem(line, MEMBER_ID, "memberImport.problem.cardFormat", card);
                }
            });
        }
        String name = text(line, fields, columns, MEMBER_NAME, MAX_NAME, true);
        String type = text(line, fields, columns, MEMBER_TYPE, MAX_TYPE, false);
        String institution = text(line, fields, columns, INSTITUTION, MAX_INSTITUTION, false);
        String email = value(fields, columns, EMAIL);
        if (email != null) {
            if (email.length() > MAX_EMAIL) {
                problem(line, EMAIL, "memberImport.problem.tooLong", MAX_EMAIL);
            } else if (InputCheck.emailProblem(email).isPresent()) {
                problem(line, EMAIL, "memberImport.problem.email", email);
            }
        }
        LocalDate expires = null;
        String expireText = value(fields, columns, EXPIRE_DATE);
        if (expireText == null) {
            problem(line, EXPIRE_DATE, "memberImport.problem.required");
        } else if (expireText.equals(UNKNOWN_DATE)) {
            problem(line, EXPIRE_DATE, "memberImport.problem.unknownExpiry", expireText);
        } else {
            expires = date(expireText);
            if (expires == null) {
                problem(line, EXPIRE_DATE, "memberImport.problem.badDate", expireText);
            }
        }
        AgeGroup ageGroup = null;
        String birthText = value(fields, columns, BIRTH_DATE);
        if (birthText != null && !birthText.equals(UNKNOWN_DATE)) {
            LocalDate birth = date(birthText);
            if (birth == null) {
                problem(line, BIRTH_DATE, "memberImport.problem.badDate", birthText);
            } else if (birth.isAfter(today)) {
                problem(line, BIRTH_DATE, "memberImport.problem.futureBirth", birthText);
            } else {
                ageGroup = ageGroupOn(birth, today);
            }
        }
        LocalDate memberSince = null;
        // SLiMS's "anggota sejak" first, else the day the record was registered.
        for (String column : List.of(MEMBER_SINCE, REGISTER_DATE)) {
            String sinceText = value(fields, columns, column);
            if (sinceText == null || sinceText.equals(UNKNOWN_DATE)) {
                continue;
            }
            LocalDate since = date(sinceText);
            if (since == null) {
                problem(line, column, "memberImport.problem.badDate", sinceText);
            } else if (since.isAfter(today)) {
                problem(line, column, "memberImport.problem.futureDate", sinceText);
            } else if (memberSince == null) {
                memberSince = since;
            }
        }
        if (problemCount() > before) {
            return null;
        }
        return new MemberRow(
                line,
                InputCheck.normaliseCardNumber(card),
                name,
                type == null ? DEFAULT_MEMBER_TYPE : type,
                ageGroup,
                email,
                institution,
                expires,
                memberSince);
    }

    /** The age groups the kiosk offers guests: anak under 13, remaja 13–17, dewasa 18–59, lansia 60 and over. */
    static AgeGroup ageGroupOn(LocalDate birth, LocalDate today) {
        int years = Period.between(birth, today).getYears();
        if (years < 13) {
            return AgeGroup.CHILD;
        }
        if (years < 18) {
            return AgeGroup.TEEN;
        }
        return years < 60 ? AgeGroup.ADULT : AgeGroup.ELDERLY;
    }

    /** SLiMS writes YYYY-MM-DD; a spreadsheet may have turned it into DD-MM-YYYY or DD/MM/YYYY. */
    static LocalDate date(String text) {
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return plausible(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return plausible(LocalDate.of(
                        Integer.parseInt(dayFirst.group(4)),
                        Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate plausible(LocalDate date) {
        return date.getYear() < 1900 || date.getYear() > 2200 ? null : date;
    }

    private String text(
            int line, List<String> fields, Map<String, Integer> columns, String column, int max, boolean required) {
        String value = value(fields, columns, column);
        if (value == null) {
            if (required) {
                problem(line, column, "memberImport.problem.required");
            }
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            problem(line, column, "memberImport.problem.controlCharacters");
            return null;
        }
        String normalised = InputCheck.normaliseFreeText(value);
        if (normalised.length() > max) {
            problem(line, column, "memberImport.problem.tooLong", max);
            return null;
        }
        return normalised;
    }

    /** The stripped value of a column, or null when the column is absent or the value blank. */
    private static String value(List<String> fields, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private int problemCount() {
        return problems.size() + moreProblems;
    }

    private void problem(int line, String column, String reason, Object... arguments) {
        if (problems.size() < maxProblems) {
            problems.add(ImportProblem.of(line, column, reason, arguments));
        } else {
            moreProblems++;
        }
    }
}
