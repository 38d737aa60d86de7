package id.blitar.kiosk.member.service;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.domain.MemberImportLog;
import id.blitar.kiosk.member.domain.MemberImportLog.Outcome;
import id.blitar.kiosk.member.domain.MemberImportLogRepository;
import id.blitar.kiosk.member.domain.MemberRepository;
import id.blitar.kiosk.member.service.SlimsMemberFile.MemberRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a SLiMS member export: the whole file is checked first and refused whole when any line is
 * wrong; then, in one transaction, members are inserted or updated by card number ({@code member_id}).
 * Importing the same file again changes nothing. Members missing from the file are left alone.
 *
 * <p>Imports are serialised across every node by a row lock on {@code member_import_lock}, so two
 * imports at the same time neither create duplicates nor lose each other's updates. A row without a
 * birth date keeps the age group a member already has. A column the file's header lacks
 * ({@code member_type_name}, {@code member_email}, {@code inst_name}, {@code birth_date},
 * {@code member_since_date}/{@code register_date}) is neither compared nor written for existing members;
 * new members get its default (type {@value SlimsMemberFile#DEFAULT_MEMBER_TYPE}, nothing else, created
 * now). A member's {@code created_at} is their SLiMS membership date when the file has one, so reports
 * count imported members in the month they joined, not in the month of the import. Existing members
 * are read in one query and rows are written in batches, so 50,000 rows take seconds.
 *
 * <p>When someone else inserts one of the file's members between the read and the write (a registration
 * at the desk), the unique card number stops the write: everything is rolled back and the attempt is
 * logged as refused with {@link #CONFLICT}, to be tried again.
 */
@Service
public class MemberImport {

    /** The largest file accepted (a SLiMS export of 50,000 members is about 8 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** How many problems are listed (a screen's page); further ones are counted. */
    public static final int MAX_PROBLEMS = 50;

    /** The reason of a refusal because another change to the same members happened at the same time. */
    public static final String CONFLICT = "memberImport.problem.conflict";

    private static final Logger log = LoggerFactory.getLogger(MemberImport.class);
    private static final int CHUNK = 500;
    private static final String COLUMNS =
            "card_number, full_name, member_type, age_group, email, institution, expires_on, created_at, call_name";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MemberImportLogRepository logs;
    private final MemberRepository members;
    private final Clock clock;

    MemberImport(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            MemberImportLogRepository logs,
            MemberRepository members,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.logs = logs;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Checks and imports a file.
     *
     * @param fileName the uploaded file's name, for the log (may be null)
     * @param user who imports, for the log
     * @param progress told how many rows are checked, then written
     * @return the counts, or the problems when nothing was written
     */
    public MemberImportResult importFile(String fileName, byte[] content, String user, ImportProgress progress) {
        LocalDateTime started = LocalDateTime.now(clock);
        if (content.length > MAX_BYTES) {
            return rejected(
                    started,
                    fileName,
                    user,
                    MemberImportResult.rejected(
                            0,
                            List.of(ImportProblem.of(
                                    0, "", "memberImport.problem.tooLarge", MAX_BYTES / (1024 * 1024))),
                            0));
        }
        SlimsMemberFile.Parsed parsed = SlimsMemberFile.read(content, started.toLocalDate(), MAX_PROBLEMS, progress);
        if (!parsed.accepted()) {
            return rejected(
                    started,
                    fileName,
                    user,
                    MemberImportResult.rejected(parsed.rowCount(), parsed.problems(), parsed.moreProblems()));
        }
        try {
            MemberImportResult result = transaction.execute(status -> write(parsed, started, fileName, user, progress));
            return result.accepted() ? result : rejected(started, fileName, user, result);
        } catch (DuplicateKeyException e) {
            // Rolled back by the template: a member of the file was inserted by someone else meanwhile (the
            // unique card number). Other integrity errors are faults of this code and stay errors.
            log.warn("Member import by {} collided with another change to the members: {}", user, e.getMessage());
            return rejected(
                    started,
                    fileName,
                    user,
                    MemberImportResult.rejected(parsed.rowCount(), List.of(ImportProblem.of(0, "", CONFLICT)), 0));
        } catch (PessimisticLockingFailureException e) {
            log.warn("Member import by {} waited too long for another import: {}", user, e.getMessage());
            return rejected(
                    started,
                    fileName,
                    user,
                    MemberImportResult.rejected(
                            parsed.rowCount(), List.of(ImportProblem.of(0, "", "memberImport.problem.busy")), 0));
        }
    }

    /** How many members the library has. */
    @Transactional(readOnly = true)
    public long memberCount() {
        return members.count();
    }

    /** The most recent import attempt, imported or refused. */
    @Transactional(readOnly = true)
    public Optional<MemberImportLog> lastImport() {
        return logs.findFirstByOrderByFinishedAtDescIdDesc();
    }

    private MemberImportResult write(
            SlimsMemberFile.Parsed parsed,
            LocalDateTime started,
            String fileName,
            String user,
            ImportProgress progress) {
        List<MemberRow> rows = parsed.rows();
        Columns columns = new Columns(
                parsed.has(SlimsMemberFile.MEMBER_TYPE),
                parsed.has(SlimsMemberFile.EMAIL),
                parsed.has(SlimsMemberFile.INSTITUTION),
                parsed.has(SlimsMemberFile.CALL_NAME) || parsed.has(SlimsMemberFile.CALL_NAME_ID));
        // Every import takes this lock first, on whichever node it runs: the next one waits, then reads
        // what this one committed (READ COMMITTED), so it finds these members instead of inserting them again.
        jdbc.queryForObject("SELECT id FROM member_import_lock WHERE id = 1 FOR UPDATE", Integer.class);
        Map<String, Stored> existing = new HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM member", rs -> {
            String ageGroup = rs.getString(4);
            existing.put(
                    rs.getString(1).toUpperCase(Locale.ROOT),
                    new Stored(
                            rs.getString(2),
                            rs.getString(3),
                            ageGroup == null ? null : AgeGroup.valueOf(ageGroup),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDateTime.class),
                            rs.getString(9)));
        });
        List<MemberRow> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (MemberRow row : rows) {
            Stored stored = existing.get(row.cardNumber());
            if (stored == null) {
                inserts.add(row);
            } else if (!stored.sameAs(row, columns)) {
                updates.add(updateArguments(row, stored, columns));
            }
        }
        List<ImportProblem> shortened = shortenedNumbers(inserts, existing);
        if (!shortened.isEmpty()) {
            return MemberImportResult.rejected(
                    rows.size(),
                    shortened.subList(0, Math.min(shortened.size(), MAX_PROBLEMS)),
                    Math.max(0, shortened.size() - MAX_PROBLEMS));
        }
        int total = inserts.size() + updates.size();
        progress.update(ImportProgress.Stage.WRITING, 0, total);
        LocalDateTime now = LocalDateTime.now(clock);
        int written = 0;
        for (int from = 0; from < inserts.size(); from += CHUNK) {
            List<MemberRow> chunk = inserts.subList(from, Math.min(from + CHUNK, inserts.size()));
            insert(chunk, now);
            written += chunk.size();
            progress.update(ImportProgress.Stage.WRITING, written, total);
        }
        String update = updateStatement(columns);
        for (int from = 0; from < updates.size(); from += CHUNK) {
            List<Object[]> chunk = updates.subList(from, Math.min(from + CHUNK, updates.size()));
            jdbc.batchUpdate(update, chunk);
            written += chunk.size();
            progress.update(ImportProgress.Stage.WRITING, written, total);
        }
        int unchanged = rows.size() - total;
        logs.save(new MemberImportLog(
                started,
                LocalDateTime.now(clock),
                user,
                fileName(fileName),
                Outcome.IMPORTED,
                rows.size(),
                inserts.size(),
                updates.size(),
                unchanged,
                0));
        log.info(
                "Member import by {} ({}): {} rows, {} inserted, {} updated, {} unchanged",
                user,
                fileName,
                rows.size(),
                inserts.size(),
                updates.size(),
                unchanged);
        return MemberImportResult.imported(rows.size(), inserts.size(), updates.size(), unchanged);
    }

    /**
     * New members whose number is a stored member's number without its leading zeros, with the same name: a
     * spreadsheet shortened the number ({@code 000123} → {@code 123}), and importing would give one person two
     * memberships.
     */
    private static List<ImportProblem> shortenedNumbers(List<MemberRow> inserts, Map<String, Stored> existing) {
        if (inserts.isEmpty()) {
            return List.of();
        }
        Map<String, String> storedByDigits = new HashMap<>();
        existing.keySet().forEach(card -> {
            String digits = SlimsMemberFile.withoutLeadingZeros(card);
            if (digits != null) {
                storedByDigits.putIfAbsent(digits, card);
            }
        });
        List<ImportProblem> problems = new ArrayList<>();
        for (MemberRow row : inserts) {
            String digits = SlimsMemberFile.withoutLeadingZeros(row.cardNumber());
            String stored = digits == null ? null : storedByDigits.get(digits);
            if (stored != null && SlimsMemberFile.sameName(existing.get(stored).fullName(), row.fullName())) {
                problems.add(ImportProblem.of(
                        row.line(),
                        SlimsMemberFile.MEMBER_ID,
                        "memberImport.problem.leadingZerosStored",
                        row.cardNumber(),
                        stored));
            }
        }
        return problems;
    }

    /** Only the columns the file has are written; a row without a birth date keeps the age group. */
    private static String updateStatement(Columns columns) {
        return "UPDATE member SET full_name = ?, expires_on = ?, age_group = COALESCE(?, age_group), created_at = ?"
                + (columns.memberType() ? ", member_type = ?" : "")
                + (columns.email() ? ", email = ?" : "")
                + (columns.institution() ? ", institution = ?" : "")
                + (columns.callName() ? ", call_name = ?" : "")
                + " WHERE card_number = ?";
    }

    private static Object[] updateArguments(MemberRow row, Stored stored, Columns columns) {
        List<Object> arguments = new ArrayList<>(8);
        arguments.add(row.fullName());
        arguments.add(row.expiresOn());
        arguments.add(row.ageGroup() == null ? null : row.ageGroup().name());
        arguments.add(
                stored.sameMembershipDate(row)
                        ? stored.createdAt()
                        : row.memberSince().atStartOfDay());
        if (columns.memberType()) {
            arguments.add(row.memberType());
        }
        if (columns.email()) {
            arguments.add(row.email());
        }
        if (columns.institution()) {
            arguments.add(row.institution());
        }
        if (columns.callName()) {
            arguments.add(row.callName());
        }
        arguments.add(row.cardNumber());
        return arguments.toArray();
    }

    /** One multi-row INSERT per chunk: a single round trip on MySQL and H2 alike, without driver options. */
    private void insert(List<MemberRow> chunk, LocalDateTime now) {
        StringBuilder sql = new StringBuilder("INSERT INTO member (" + COLUMNS + ") VALUES ");
        List<Object> args = new ArrayList<>(chunk.size() * 9);
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            MemberRow r = chunk.get(i);
            args.add(r.cardNumber());
            args.add(r.fullName());
            args.add(r.memberType());
            args.add(r.ageGroup() == null ? null : r.ageGroup().name());
            args.add(r.email());
            args.add(r.institution());
            args.add(r.expiresOn());
            args.add(r.memberSince() == null ? now : r.memberSince().atStartOfDay());
            args.add(r.callName());
        }
        jdbc.update(sql.toString(), args.toArray());
    }

    private MemberImportResult rejected(
            LocalDateTime started, String fileName, String user, MemberImportResult result) {
        logs.save(new MemberImportLog(
                started,
                LocalDateTime.now(clock),
                user,
                fileName(fileName),
                Outcome.REJECTED,
                result.rows(),
                0,
                0,
                0,
                result.problemCount()));
        log.info("Member import by {} ({}) refused: {} problems", user, fileName, result.problemCount());
        return result;
    }

    private static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** Which optional columns the file's header has; the others are left as stored. */
    private record Columns(boolean memberType, boolean email, boolean institution, boolean callName) {}

    /**
     * A member as stored, compared field by field with an imported row: only in the columns the file has,
     * the age group only when the row has a birth date, the membership date only when the row has one.
     */
    private record Stored(
            String fullName,
            String memberType,
            AgeGroup ageGroup,
            String email,
            String institution,
            LocalDate expiresOn,
            LocalDateTime createdAt,
            String callName) {

        boolean sameAs(MemberRow row, Columns columns) {
            return Objects.equals(fullName, row.fullName())
                    && (!columns.memberType() || Objects.equals(memberType, row.memberType()))
                    && (row.ageGroup() == null || ageGroup == row.ageGroup())
                    && (!columns.email() || Objects.equals(email, row.email()))
                    && (!columns.institution() || Objects.equals(institution, row.institution()))
                    && (!columns.callName() || Objects.equals(callName, row.callName()))
                    && Objects.equals(expiresOn, row.expiresOn())
                    && sameMembershipDate(row);
        }

        /** The day counts, not the time: a member registered at the desk keeps the hour they came. */
        boolean sameMembershipDate(MemberRow row) {
            return row.memberSince() == null || row.memberSince().equals(createdAt.toLocalDate());
        }
    }
}
