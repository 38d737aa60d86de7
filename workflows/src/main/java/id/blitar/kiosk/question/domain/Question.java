package id.blitar.kiosk.question.domain;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.base.VisitorLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A visitor's question to a librarian, from the kiosk until it is answered, with what the
 * dashboards need later: time to claim, time to answer, outcome and whether the deadline was met.
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 20)
    private Topic topic;

    @Column(name = "text", nullable = false, length = InputCheck.MAX_QUESTION_LENGTH)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "queue_day")
    private LocalDate queueDay;

    @Column(name = "queue_seq")
    private Integer queueSeq;

    @Column(name = "queue_number", length = 10)
    private String queueNumber;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", length = 20)
    private AgeGroup ageGroup;

    @Column(name = "kiosk", length = 60)
    private String kiosk;

    /** The language the visitor used at the kiosk ({@link VisitorLanguage#tag}): the language of its e-mails. */
    @Column(name = "visitor_language", length = VisitorLanguage.MAX_TAG)
    private String visitorLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QuestionStatus status;

    @Column(name = "candidate_group", length = 40)
    private String candidateGroup;

    @Column(name = "priority", nullable = false)
    private int priority = 50;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "called_at")
    private LocalDateTime calledAt;

    @Column(name = "desk", length = 40)
    private String desk;

    @Column(name = "escalated_at")
    private LocalDateTime escalatedAt;

    @Column(name = "answer", length = InputCheck.MAX_ANSWER_LENGTH)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "partner_institution", length = 120)
    private String partnerInstitution;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "deadline_met")
    private Boolean deadlineMet;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected Question() {}

    public Question(
            Topic topic,
            String text,
            Channel channel,
            String email,
            Long visitId,
            Long memberId,
            AgeGroup ageGroup,
            String kiosk,
            LocalDateTime askedAt) {
        this.topic = topic;
        this.text = text;
        this.channel = channel;
        this.email = email;
        this.visitId = visitId;
        this.memberId = memberId;
        this.ageGroup = ageGroup;
        this.kiosk = kiosk;
        this.askedAt = askedAt;
        this.status = channel.isWalkIn() ? QuestionStatus.WAITING : QuestionStatus.OPEN;
    }

    /** Routing as the decision table chose it. */
    public void route(String group, int priority, LocalDateTime dueAt) {
        this.candidateGroup = group;
        this.priority = priority;
        this.dueAt = dueAt;
    }

    public void assignQueueNumber(LocalDate day, int sequence) {
        this.queueDay = day;
        this.queueSeq = sequence;
        this.queueNumber = String.format("A-%03d", sequence);
    }

    /** The reference a visitor who waits for a later answer is given: the question's number. */
    public String reference() {
        return "T-" + id;
    }

    public void claimedBy(String user, LocalDateTime at) {
        this.claimedBy = user;
        if (claimedAt == null) {
            claimedAt = at;
        }
    }

    public void released() {
        this.claimedBy = null;
    }

    public void moveTo(String group) {
        this.candidateGroup = group;
        this.claimedBy = null;
    }

    public void call(String desk, LocalDateTime at) {
        this.desk = desk;
        this.calledAt = at;
        this.status = QuestionStatus.CALLED;
    }

    public void escalate(int raisedPriority, LocalDateTime at) {
        this.priority = raisedPriority;
        this.escalatedAt = at;
    }

    /** The walk-in became a ticket: answered later by e-mail or at the desk. */
    public void followUp(Channel channel, String email) {
        this.channel = channel;
        if (email != null) {
            this.email = email;
        }
        this.status = QuestionStatus.OPEN;
        this.escalatedAt = null;
    }

    /** Closes a walk-in at the desk; the deadline counts until the visitor was called. */
    public void closeAtDesk(Outcome outcome, String partner, String user, LocalDateTime at) {
        this.outcome = outcome;
        this.partnerInstitution = partner;
        this.answeredBy = user;
        this.answeredAt = outcome == Outcome.NO_SHOW ? null : at;
        this.deadlineMet = dueAt == null || (calledAt != null && !calledAt.isAfter(dueAt));
        this.closedAt = at;
        this.status = QuestionStatus.CLOSED;
    }

    /** Records a ticket's written answer; delivery follows. */
    public void answer(String answer, String partner, String user, LocalDateTime at) {
        this.answer = answer;
        this.partnerInstitution = partner;
        this.answeredBy = user;
        this.answeredAt = at;
        this.deadlineMet = dueAt == null || !at.isAfter(dueAt);
        if (channel == Channel.EMAIL) {
            this.status = QuestionStatus.SENDING;
        } else {
            this.outcome = partner == null ? Outcome.READY_FOR_PICK_UP : Outcome.REFERRED;
            this.closedAt = at;
            this.status = QuestionStatus.CLOSED;
        }
    }

    public void delivered(LocalDateTime at) {
        this.deliveredAt = at;
        this.outcome = partnerInstitution == null ? Outcome.ANSWERED_BY_EMAIL : Outcome.REFERRED;
        this.closedAt = at;
        this.status = QuestionStatus.CLOSED;
    }

    /** Minutes from asking until a librarian first took it on, or null when nobody has yet. */
    public Long minutesToClaim() {
        return claimedAt == null ? null : Duration.between(askedAt, claimedAt).toMinutes();
    }

    /** Minutes from asking until the answer, or null when there is none (yet). */
    public Long minutesToAnswer() {
        return answeredAt == null ? null : Duration.between(askedAt, answeredAt).toMinutes();
    }

    public boolean isOverdue(LocalDateTime now) {
        return dueAt != null && now.isAfter(dueAt) && status != QuestionStatus.CLOSED;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getQueueDay() {
        return queueDay;
    }

    public String getQueueNumber() {
        return queueNumber;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
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

    public QuestionStatus getStatus() {
        return status;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public int getPriority() {
        return priority;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public LocalDateTime getAskedAt() {
        return askedAt;
    }

    public LocalDateTime getClaimedAt() {
        return claimedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public LocalDateTime getCalledAt() {
        return calledAt;
    }

    public String getDesk() {
        return desk;
    }

    public LocalDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getPartnerInstitution() {
        return partnerInstitution;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public Boolean getDeadlineMet() {
        return deadlineMet;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
