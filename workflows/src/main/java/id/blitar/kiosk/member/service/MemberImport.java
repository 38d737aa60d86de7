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
 * birth date keeps the age group a member already has. Existing members
 * are read in one query and rows are written in batches, so 50,000 rows take seconds.
 */
@Service
public class MemberImport {

    /** The largest file accepted (a SLiMS export of 50,000 members is about 8 MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** How many problems are listed; further ones are counted. */
    public static final int MAX_PROBLEMS = 100;

    private static final Logger log = LoggerFactory.getLogger(MemberImport.class);
    private static final int CHUNK = 500;
    private static final String COLUMNS =
            "card_number, full_name, member_type, age_group, email, institution, expires_on, created_at";

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
            return transaction.execute(status -> write(parsed.rows(), started, fileName, user, progress));
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
            List<MemberRow> rows, LocalDateTime started, String fileName, String user, ImportProgress progress) {
        // Every import takes this lock first, on whichever node it runs: the next one waits, then reads
        // what this one committed (READ COMMITTED), so it finds these members instead of inserting them again.
        jdbc.queryForObject("SELECT id FROM member_import_lock WHERE id = 1 FOR UPDATE", Integer.class);
        Map<String, Stored> existing = new HashMap<>();
        jdbc.query(
                "SELECT card_number, full_name, member_type, age_group, email, institution, expires_on FROM member",
                rs -> {
                    String ageGroup = rs.getString(4);
                    existing.put(
                            rs.getString(1).toUpperCase(Locale.ROOT),
                            new Stored(
                                    rs.getString(2),
                                    rs.getString(3),
                                    ageGroup == null ? null : AgeGroup.valueOf(ageGroup),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getObject(7, LocalDate.class)));
                });
        List<MemberRow> inserts = new ArrayList<>();
        List<MemberRow> updates = new ArrayList<>();
        for (MemberRow row : rows) {
            Stored stored = existing.get(row.cardNumber());
            if (stored == null) {
                inserts.add(row);
            } else if (!stored.sameAs(row)) {
                updates.add(row);
            }
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
        for (int from = 0; from < updates.size(); from += CHUNK) {
            List<MemberRow> chunk = updates.subList(from, Math.min(from + CHUNK, updates.size()));
            jdbc.batchUpdate(
                    "UPDATE member SET full_name = ?, member_type = ?, age_group = COALESCE(?, age_group), email = ?,"
                            + " institution = ?, expires_on = ? WHERE card_number = ?",
                    chunk.stream()
                            .map(r -> new Object[] {
                                r.fullName(),
                                r.memberType(),
                                r.ageGroup() == null ? null : r.ageGroup().name(),
                                r.email(),
                                r.institution(),
                                r.expiresOn(),
                                r.cardNumber()
                            })
                            .toList());
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

    /** One multi-row INSERT per chunk: a single round trip on MySQL and H2 alike, without driver options. */
    private void insert(List<MemberRow> chunk, LocalDateTime now) {
        StringBuilder sql = new StringBuilder("INSERT INTO member (" + COLUMNS + ") VALUES ");
        List<Object> args = new ArrayList<>(chunk.size() * 8);
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            MemberRow r = chunk.get(i);
            args.add(r.cardNumber());
            args.add(r.fullName());
            args.add(r.memberType());
            args.add(r.ageGroup() == null ? null : r.ageGroup().name());
            args.add(r.email());
            args.add(r.institution());
            args.add(r.expiresOn());
            args.add(now);
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

    /** A member as stored, compared field by field with an imported row. */
    private record Stored(
            String fullName,
            String memberType,
            AgeGroup ageGroup,
            String email,
            String institution,
            LocalDate expiresOn) {

        boolean sameAs(MemberRow row) {
            return Objects.equals(fullName, row.fullName())
                    && Objects.equals(memberType, row.memberType())
                    && (row.ageGroup() == null || ageGroup == row.ageGroup())
                    && Objects.equals(email, row.email())
                    && Objects.equals(institution, row.institution())
                    && Objects.equals(expiresOn, row.expiresOn());
        }
    }
}
