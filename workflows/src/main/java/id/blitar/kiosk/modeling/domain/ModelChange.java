package id.blitar.kiosk.modeling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One deployment made from the models page: a new version, a rollback or a return to the shipped model. */
@Entity
@Table(name = "model_change")
public class ModelChange {

    public enum Action {
        DEPLOY,
        ROLLBACK,
        SHIPPED,
        MIGRATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "definition_key", nullable = false)
    private String definitionKey;

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 12)
    private Action action;

    @Column(name = "definition_id", nullable = false, length = 64)
    private String definitionId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "replaced_version")
    private Integer replacedVersion;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "migrated", nullable = false)
    private int migrated;

    @Column(name = "not_migrated", nullable = false)
    private int notMigrated;

    protected ModelChange() {}

    public ModelChange(
            String definitionKey,
            String kind,
            Action action,
            String definitionId,
            int version,
            Integer replacedVersion,
            String changedBy,
            LocalDateTime changedAt,
            String fileName) {
        this.definitionKey = definitionKey;
        this.kind = kind;
        this.action = action;
        this.definitionId = definitionId;
        this.version = version;
        this.replacedVersion = replacedVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.fileName = fileName;
    }

    public void recordMigration(int migrated, int notMigrated) {
        this.migrated = migrated;
        this.notMigrated = notMigrated;
    }

    public Long getId() {
        return id;
    }

    public String getDefinitionKey() {
        return definitionKey;
    }

    public String getKind() {
        return kind;
    }

    public Action getAction() {
        return action;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public int getVersion() {
        return version;
    }

    public Integer getReplacedVersion() {
        return replacedVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public int getMigrated() {
        return migrated;
    }

    public int getNotMigrated() {
        return notMigrated;
    }
}
