package id.blitar.kiosk.privacy.domain;

import id.blitar.kiosk.base.VisitorLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A data subject's request to delete their personal data (UU PDP, Law 27 of 2022, art. 8 and 43) and, once
 * decided, its entry in the audit log: who decided, when, why, and how many rows of each kind were deleted.
 * The subject's identifiers ({@link #getSubjectRef()}, {@link #getContactEmail()}) are kept only while the
 * request is open or its outcome is not yet sent.
 */
@Entity
@Table(name = "data_request")
public class DataRequest {

    /** Longest reason an officer may give (the column's length). */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private SubjectKind subjectKind;

    @Column(name = "subject_ref", length = 200)
    private String subjectRef;

    @Column(name = "subject_hash", length = 64)
    private String subjectHash;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "kiosk", length = 60)
    private String kiosk;

    /** The language the visitor used at the kiosk ({@link VisitorLanguage#tag}): the language of its e-mails. */
    @Column(name = "visitor_language", length = VisitorLanguage.MAX_TAG)
    private String visitorLanguage;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DataRequestStatus status;

    @Column(name = "escalated_at")
    private LocalDateTime escalatedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "reason", length = MAX_REASON)
    private String reason;

    @Column(name = "erased_summary", length = 500)
    private String erasedSummary;

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    @Column(name = "outcome_sent_at")
    private LocalDateTime outcomeSentAt;

    @Column(name = "outcome_shown_at")
    private LocalDateTime outcomeShownAt;

    protected DataRequest() {}

    public DataRequest(
            SubjectKind subjectKind,
            String subjectRef,
            String subjectHash,
            String contactEmail,
            String kiosk,
            LocalDateTime requestedAt,
            LocalDateTime dueAt) {
        this.subjectKind = subjectKind;
        this.subjectRef = subjectRef;
        this.subjectHash = subjectHash;
        this.contactEmail = contactEmail;
        this.kiosk = kiosk;
        this.requestedAt = requestedAt;
        this.dueAt = dueAt;
        this.status = DataRequestStatus.OPEN;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void escalated(LocalDateTime at) {
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    public void approve(String officer, String reason, LocalDateTime at) {
        decide(DataRequestStatus.APPROVED, officer, reason, at);
    }

    /** Refused: the subject's data stays, and so the card number or ticket code is no longer needed here. */
    public void refuse(String officer, String reason, LocalDateTime at) {
        decide(DataRequestStatus.REFUSED, officer, reason, at);
        subjectRef = null;
    }

    private void decide(DataRequestStatus outcome, String officer, String why, LocalDateTime at) {
        if (status != DataRequestStatus.OPEN) {
            throw new IllegalStateException("Data request " + id + " is already " + status);
        }
        status = outcome;
        decidedBy = officer;
        reason = why;
        decidedAt = at;
    }

    /** The deletion ran: what was deleted is summarised, the identifiers of the subject are gone. */
    public void erased(String summary, LocalDateTime at) {
        status = DataRequestStatus.ERASED;
        erasedSummary = summary;
        erasedAt = at;
        subjectRef = null;
    }

    /** The outcome went to the subject's e-mail address, which is then forgotten. */
    public void outcomeSent(LocalDateTime at) {
        outcomeSentAt = at;
        contactEmail = null;
    }

    /** The subject saw the outcome at a kiosk: nothing links the request to them any more. */
    public void outcomeShown(LocalDateTime at) {
        outcomeShownAt = at;
        subjectHash = null;
    }

    public boolean isDecided() {
        return status != DataRequestStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getSubjectHash() {
        return subjectHash;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getKiosk() {
        return kiosk;
    }

    /** The visitor's language; Indonesian for rows from before it was stored. */
    public Locale getVisitorLanguage() {
        return VisitorLanguage.of(visitorLanguage);
    }

    public void setVisitorLanguage(Locale language) {
        this.visitorLanguage = VisitorLanguage.tag(language);
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public DataRequestStatus getStatus() {
        return status;
    }

    public LocalDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getErasedSummary() {
        return erasedSummary;
    }

    public LocalDateTime getErasedAt() {
        return erasedAt;
    }

    public LocalDateTime getOutcomeSentAt() {
        return outcomeSentAt;
    }

    public LocalDateTime getOutcomeShownAt() {
        return outcomeShownAt;
    }
}
