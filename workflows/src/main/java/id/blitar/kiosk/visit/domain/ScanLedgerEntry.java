package id.blitar.kiosk.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDateTime;
import org.springframework.data.domain.Persistable;

/**
 * What one kiosk scan did, kept under the kiosk's id for the scan so that a replay of it stores nothing
 * more. Written in the transaction that stores the visit (or its end), so the two commit together.
 *
 * <p>Holds no more personal data than the answer to a replay needs: the member's id, the visit's id, and for
 * an unknown or refused card only what was read, masked ({@link id.blitar.kiosk.codes.ScannedCode#masked()}).
 */
@Entity
@Table(name = "scan_ledger")
public class ScanLedgerEntry implements Persistable<String> {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    @Column(name = "kiosk", nullable = false, length = 60)
    private String kiosk;

    /** The kiosk's time of the scan, library time. */
    @Column(name = "scanned_at", nullable = false)
    private LocalDateTime scannedAt;

    /** The time the visit rules used; null when the scan was refused as too old. */
    @Column(name = "counted_at")
    private LocalDateTime countedAt;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    /** Translation key of a refused scan's problem. */
    @Column(name = "problem", length = 60)
    private String problem;

    /** What was read, masked; only for unknown and refused cards. */
    @Column(name = "code_read", length = 40)
    private String codeRead;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "visit_id")
    private Long visitId;

    @Transient
    private boolean stored;

    protected ScanLedgerEntry() {}

    @SuppressWarnings("java:S107") // one row's columns
    public ScanLedgerEntry(
            String id,
            String kind,
            String kiosk,
            LocalDateTime scannedAt,
            LocalDateTime countedAt,
            LocalDateTime receivedAt,
            String outcome,
            String problem,
            String codeRead,
            Long memberId,
            Long visitId) {
        this.id = id;
        this.kind = kind;
        this.kiosk = kiosk;
        this.scannedAt = scannedAt;
        this.countedAt = countedAt;
        this.receivedAt = receivedAt;
        this.outcome = outcome;
        this.problem = problem;
        this.codeRead = codeRead;
        this.memberId = memberId;
        this.visitId = visitId;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    /** A new entry is inserted, never merged: a second writer of the same id fails on the primary key. */
    @Override
    public boolean isNew() {
        return !stored;
    }

    @Override
    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getKiosk() {
        return kiosk;
    }

    public LocalDateTime getScannedAt() {
        return scannedAt;
    }

    public LocalDateTime getCountedAt() {
        return countedAt;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getProblem() {
        return problem;
    }

    public String getCodeRead() {
        return codeRead;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getVisitId() {
        return visitId;
    }
}
