package id.blitar.kiosk.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One attempt to import a SLiMS member export: who, when, which file and what came of it. */
@Entity
@Table(name = "member_import")
public class MemberImportLog {

    /** What came of an import. */
    public enum Outcome {
        /** Every row was written. */
        IMPORTED,
        /** The file had problems; nothing was written. */
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    private LocalDateTime finishedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "inserted_count", nullable = false)
    private int insertedCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    protected MemberImportLog() {}

    public MemberImportLog(
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            String importedBy,
            String fileName,
            Outcome outcome,
            int rowCount,
            int insertedCount,
            int updatedCount,
            int unchangedCount,
            int problemCount) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.importedBy = importedBy;
        this.fileName = fileName;
        this.outcome = outcome;
        this.rowCount = rowCount;
        this.insertedCount = insertedCount;
        this.updatedCount = updatedCount;
        this.unchangedCount = unchangedCount;
        this.problemCount = problemCount;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getInsertedCount() {
        return insertedCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public int getProblemCount() {
        return problemCount;
    }
}
