package id.blitar.kiosk.member.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.CallName;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.SlimsExport.Record;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a SLiMS member export (Keanggotaan → Ekspor Data): the text as {@link SlimsExport} reads it
 * (SLiMS's own format or a spreadsheet's CSV), with a header row or without one (then the columns come in SLiMS's
 * fixed order, {@link #SLIMS_COLUMNS}). Column names are SLiMS's; those used are {@code member_id},
 * {@code member_name}, {@code member_type_name}, {@code birth_date}, {@code member_email}, {@code inst_name},
 * {@code expire_date}, {@code member_since_date}, {@code register_date} and, when a library adds it,
 * {@code call_name} (or {@code nama_panggilan}); others (gender, address, phone…) are read but not kept, so the
 * library keeps no more personal data than the kiosks use.
 *
 * <p>A column absent from the header is reported as such ({@link Parsed#columns()}), so that an import
 * leaves what it does not know alone; a column that is there but empty in a row means "none" (no e-mail,
 * no institution, type {@value #DEFAULT_MEMBER_TYPE}; an empty birth date means unknown).
 *
 * <p>The whole file is checked; every problem is collected with its line and column and listed sorted by line
 * and column, up to a limit. A file whose rows mostly do not fit its header is refused with one reason.
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
    static final String CALL_NAME = "call_name";
    static final String CALL_NAME_ID = "nama_panggilan";

    /**
     * The columns of a SLiMS 9 member export in the order {@code export.php} selects them: the layout of a file
     * exported without the header row.
     */
    static final List<String> SLIMS_COLUMNS = List.of(
            MEMBER_ID,
            MEMBER_NAME,
            "gender",
            MEMBER_TYPE,
            EMAIL,
            "member_address",
            "postal_code",
            INSTITUTION,
            "is_new",
            "member_image",
            "pin",
            "member_phone",
            "member_fax",
            MEMBER_SINCE,
            REGISTER_DATE,
            EXPIRE_DATE,
            BIRTH_DATE,
            "member_notes");

    static final List<String> REQUIRED = List.of(MEMBER_ID, MEMBER_NAME, EXPIRE_DATE);

    /** The type of a member whose export row names none. */
    static final String DEFAULT_MEMBER_TYPE = "Umum";

    static final int MAX_CARD = InputCheck.MAX_LENGTH;
    static final int MAX_NAME = 200;
    static final int MAX_TYPE = 60;
    static final int MAX_EMAIL = 200;
    static final int MAX_INSTITUTION = 200;
    static final int MAX_CALL_NAME = Member.MAX_CALL_NAME;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // Day first, as Indonesians write dates; both separators must be the same.
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})");
    private static final String UNKNOWN_DATE = "0000-00-00";
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    // Zero-width and other format characters: compiled once, as every text cell of every row passes here.
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern NO_EMAIL =
            Pattern.compile("[\\p{Punct}\\s]*|(?i)(tidak ada|tdk ada|tidak punya|belum ada|kosong|none|null|n/?a|nil)");
    // What Excel shows for a long number it took for a number: 1.23457E+11.
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](?:[.,][0-9]+)?[eE][+-]?[0-9]+");
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
            LocalDate memberSince,
            String callName) {}

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

    /** A problem and where it sorts: by line, then by the column's place in the file. */
    private record Found(int line, int field, ImportProblem problem) {}

    private final LocalDate today;
    private final int maxProblems;
    private final List<Found> problems = new ArrayList<>();
    private List<String> columnNames;

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
        List<SlimsExport.TextProblem> textProblems = new ArrayList<>();
        String text = SlimsExport.decode(content, textProblems);
        if (text == null) {
            textProblems.forEach(
                    p -> problem(p.line(), -1, "", p.reason(), p.arguments().toArray()));
            return refused(0);
        }
        if (text.isBlank()) {
            problem(0, -1, "", "memberImport.problem.empty");
            return refused(0);
        }
        SlimsExport.Text read = SlimsExport.read(text, SLIMS_COLUMNS.size(), SlimsMemberFile::isHeader);
        List<Record> records = read.records();
        if (records.isEmpty()) {
            problem(0, -1, "", "memberImport.problem.empty");
            return refused(0);
        }
        Record first = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        List<String> names;
        List<Record> data;
        if (isHeader(first)) {
            List<String> header = first.fields().subList(0, SlimsExport.headerWidth(first.fields()));
            names = header.stream().map(SlimsExport::columnName).toList();
            data = records.subList(1, records.size());
        } else if (SlimsExport.fits(first.fields(), SLIMS_COLUMNS.size())) {
            // No header row (SLiMS's "Put columns names in the first row" left unticked): SLiMS's fixed order.
            names = SLIMS_COLUMNS;
            data = records;
        } else {
            problem(
                    first.line(),
                    -1,
                    "",
                    "memberImport.problem.noHeader",
                    first.fields().size(),
                    SLIMS_COLUMNS.size());
            return refused(records.size());
        }
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i), i);
        }
        this.columnNames = names;
        int rowCount = data.size();
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(c -> problem(first.line(), -1, c, "memberImport.problem.missingColumn", c));
            return refused(rowCount);
        }
        if (rowCount == 0) {
            problem(first.line(), -1, "", "memberImport.problem.noRows");
            return refused(0);
        }
        int width = names.size();
        if (layoutBroken(data, width, read.dialect())) {
            return refused(rowCount);
        }
        read.problems()
                .forEach(p -> problem(
                        p.line(),
                        p.field(),
                        columnAt(p.field()),
                        p.reason(),
                        p.arguments().toArray()));

        List<MemberRow> rows = new ArrayList<>(rowCount);
        Map<String, Integer> lineOfCard = new HashMap<>(rowCount * 2);
        Map<String, MemberRow> byDigits = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            Record record = data.get(i);
            // A number used twice is listed whatever else is wrong with either line.
            boolean duplicate = false;
            String card = SlimsExport.fits(record.fields(), width) ? value(record.fields(), columns, MEMBER_ID) : null;
            if (card != null && InputCheck.cardNumberProblem(card).isEmpty()) {
                String number = InputCheck.normaliseCardNumber(card);
                Integer earlier = lineOfCard.putIfAbsent(number, record.line());
                if (earlier != null) {
                    duplicate = true;
                    problem(
                            record.line(),
                            columns.get(MEMBER_ID),
                            MEMBER_ID,
                            "memberImport.problem.duplicate",
                            number,
                            earlier,
                            record.line());
                }
            }
            MemberRow row = check(record, width, columns);
            if (row != null && !duplicate && !leadingZerosTwin(row, byDigits, columns.get(MEMBER_ID))) {
                rows.add(row);
            }
            if ((i + 1) % PROGRESS_STEP == 0) {
                progress.update(ImportProgress.Stage.CHECKING, i + 1, rowCount);
            }
        }
        progress.update(ImportProgress.Stage.CHECKING, rowCount, rowCount);
        return problems.isEmpty() ? new Parsed(rows, rowCount, List.of(), 0, columns.keySet()) : refused(rowCount);
    }

    /** Nothing is imported: the problems sorted by line and column, the first {@code maxProblems} listed. */
    private Parsed refused(int rowCount) {
        List<ImportProblem> sorted = problems.stream()
                .sorted(Comparator.comparingInt(Found::line).thenComparingInt(Found::field))
                .map(Found::problem)
                .toList();
        int listed = Math.min(sorted.size(), maxProblems);
        return new Parsed(List.of(), rowCount, sorted.subList(0, listed), sorted.size() - listed, Set.of());
    }

    private static boolean isHeader(Record record) {
        return record.fields().stream().map(SlimsExport::columnName).anyMatch(MEMBER_ID::equals);
    }

    /**
     * When most rows do not have the header's number of fields, the file is not laid out as the importer read it
     * (another separator, a broken export): one reason for the file instead of one per line.
     */
    private boolean layoutBroken(List<Record> data, int width, SlimsExport.Dialect dialect) {
        Map<Integer, Integer> widths = new HashMap<>();
        int misfits = 0;
        for (Record record : data) {
            if (!SlimsExport.fits(record.fields(), width)) {
                misfits++;
                widths.merge(record.fields().size(), 1, Integer::sum);
            }
        }
        if (misfits < 3 || misfits * 2 <= data.size()) {
            return false;
        }
        int typical = widths.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        problem(
                0,
                -1,
                "",
                "memberImport.problem.layout",
                misfits,
                data.size(),
                typical,
                width,
                separatorName(dialect.separator()));
        return true;
    }

    private static String separatorName(char separator) {
        return switch (separator) {
            case '\t' -> "tab";
            case ' ' -> "spasi";
            default -> String.valueOf(separator);
        };
    }

    /**
     * A number of digits only that equals another one of the file without its leading zeros, for the same name,
     * is one member whose number a spreadsheet shortened ({@code 000123} → {@code 123}).
     */
    private boolean leadingZerosTwin(MemberRow row, Map<String, MemberRow> byDigits, int field) {
        String digits = withoutLeadingZeros(row.cardNumber());
        if (digits == null) {
            return false;
        }
        MemberRow twin = byDigits.putIfAbsent(digits, row);
        if (twin == null || !sameName(twin.fullName(), row.fullName())) {
            return false;
        }
        problem(
                row.line(),
                field,
                MEMBER_ID,
                "memberImport.problem.leadingZeros",
                row.cardNumber(),
                twin.cardNumber(),
                twin.line());
        return true;
    }

    /** A number made of digits only without its leading zeros, or null for any other number. */
    static String withoutLeadingZeros(String card) {
        if (!DIGITS.matcher(card).matches()) {
            return null;
        }
        String stripped = card.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    /** Names compared as a librarian would: case and spacing do not count. */
    static boolean sameName(String a, String b) {
        return a != null
                && b != null
                && InputCheck.normaliseFreeText(a).equalsIgnoreCase(InputCheck.normaliseFreeText(b));
    }

    private String columnAt(int field) {
        return field >= 0 && columnNames != null && field < columnNames.size() ? columnNames.get(field) : "";
    }

    private MemberRow check(Record record, int width, Map<String, Integer> columns) {
        int line = record.line();
        List<String> fields = record.fields();
        if (!SlimsExport.fits(fields, width)) {
            problem(line, -1, "", "memberImport.problem.fieldCount", fields.size(), width);
            return null;
        }
        int before = problems.size();
        String card = value(fields, columns, MEMBER_ID);
        if (card == null) {
            problem(line, columns, MEMBER_ID, "memberImport.problem.required");
        } else if (SCIENTIFIC.matcher(card).matches()) {
            problem(line, columns, MEMBER_ID, "memberImport.problem.scientific", card);
        } else {
            InputCheck.cardNumberProblem(card).ifPresent(p -> {
                switch (p) {
                    case "error.input.tooLong" ->
                        problem(line, columns, MEMBER_ID, "memberImport.problem.tooLong", MAX_CARD);
                    default -> problem(line, columns, MEMBER_ID, "memberImport.problem.cardFormat", card);
                }
            });
        }
        String name = text(line, fields, columns, MEMBER_NAME, MAX_NAME, true);
        String type = text(line, fields, columns, MEMBER_TYPE, MAX_TYPE, false);
        String institution = text(line, fields, columns, INSTITUTION, MAX_INSTITUTION, false);
        String callName = text(line, fields, columns, callNameColumn(columns), MAX_CALL_NAME, false);
        if (callName != null && CallName.of(callName).isEmpty()) {
            problem(line, columns, callNameColumn(columns), "memberImport.problem.callNameTitleOnly", callName);
        }
        String email = email(value(fields, columns, EMAIL));
        if (email != null) {
            if (email.length() > MAX_EMAIL) {
                problem(line, columns, EMAIL, "memberImport.problem.tooLong", MAX_EMAIL);
            } else if (InputCheck.emailProblem(email).isPresent()) {
                problem(line, columns, EMAIL, "memberImport.problem.email", email);
            }
        }
        LocalDate expires = null;
        String expireText = value(fields, columns, EXPIRE_DATE);
        if (expireText == null) {
            problem(line, columns, EXPIRE_DATE, "memberImport.problem.required");
        } else if (expireText.equals(UNKNOWN_DATE)) {
            problem(line, columns, EXPIRE_DATE, "memberImport.problem.unknownExpiry", expireText);
        } else {
            expires = date(expireText);
            if (expires == null) {
                problem(line, columns, EXPIRE_DATE, dateProblem(expireText), expireText);
            }
        }
        AgeGroup ageGroup = null;
        String birthText = value(fields, columns, BIRTH_DATE);
        if (birthText != null && !birthText.equals(UNKNOWN_DATE)) {
            LocalDate birth = date(birthText);
            if (birth == null) {
                problem(line, columns, BIRTH_DATE, dateProblem(birthText), birthText);
            } else if (birth.isAfter(today)) {
                problem(line, columns, BIRTH_DATE, "memberImport.problem.futureBirth", birthText);
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
                problem(line, columns, column, dateProblem(sinceText), sinceText);
            } else if (since.isAfter(today)) {
                problem(line, columns, column, "memberImport.problem.futureDate", sinceText);
            } else if (memberSince == null) {
                memberSince = since;
            }
        }
        if (problems.size() > before) {
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
                memberSince,
                callName);
    }

    /** The call-name column a file has: {@code call_name}, else {@code nama_panggilan}. */
    static String callNameColumn(Map<String, Integer> columns) {
        return columns.containsKey(CALL_NAME) || !columns.containsKey(CALL_NAME_ID) ? CALL_NAME : CALL_NAME_ID;
    }

    /** A date written the right way that does not exist (31 February) is told apart from a wrong way. */
    private static String dateProblem(String text) {
        return ISO_DATE.matcher(text).matches() || DAY_FIRST.matcher(text).matches()
                ? "memberImport.problem.noSuchDate"
                : "memberImport.problem.badDate";
    }

    /**
     * The e-mail address of a row: SLiMS records often hold a placeholder ({@code -}, {@code tidak ada}) for
     * none, and sometimes several addresses; the first address is kept.
     */
    static String email(String value) {
        if (value == null || NO_EMAIL.matcher(value).matches()) {
            return null;
        }
        String first = value.split("[;,\\s]+")[0];
        return first.isEmpty() ? null : first;
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
                problem(line, columns, column, "memberImport.problem.required");
            }
            return null;
        }
        // A tab pasted into a cell is a space; an invisible zero-width character is nothing.
        value = INVISIBLE.matcher(value.replace('\t', ' ')).replaceAll("");
        if (value.chars().anyMatch(Character::isISOControl)) {
            problem(line, columns, column, "memberImport.problem.controlCharacters");
            return null;
        }
        String normalised = InputCheck.normaliseFreeText(value);
        if (normalised == null) {
            if (required) {
                problem(line, columns, column, "memberImport.problem.required");
            }
            return null;
        }
        if (normalised.length() > max) {
            problem(line, columns, column, "memberImport.problem.tooLong", max);
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

    private void problem(int line, Map<String, Integer> columns, String column, String reason, Object... arguments) {
        problem(line, columns.getOrDefault(column, -1), column, reason, arguments);
    }

    private void problem(int line, int field, String column, String reason, Object... arguments) {
        problems.add(new Found(line, field, ImportProblem.of(line, column, reason, arguments)));
    }
}
