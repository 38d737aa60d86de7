package id.blitar.kiosk.poll.domain;

import id.blitar.kiosk.base.InputCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One exit-poll answer: the smiley tapped (a complete answer on its own) and what the visitor added.
 * Anonymous unless the visitor scanned a card.
 */
@Entity
@Table(name = "poll_answer")
public class PollAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "kiosk", nullable = false, length = 60)
    private String kiosk;

    @Enumerated(EnumType.STRING)
    @Column(name = "mood", nullable = false, length = 20)
    private Mood mood;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "workshop_id")
    private Long workshopId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_used", length = 30)
    private ServiceUsed serviceUsed;

    @Column(name = "service_score")
    private Integer serviceScore;

    @Column(name = "improvements", length = 200)
    private String improvements;

    @Column(name = "comment", length = InputCheck.MAX_QUESTION_LENGTH)
    private String comment;

    @Column(name = "details_at")
    private LocalDateTime detailsAt;

    @Column(name = "follow_up", nullable = false)
    private boolean followUp;

    @Column(name = "action_taken", length = InputCheck.MAX_QUESTION_LENGTH)
    private String actionTaken;

    @Column(name = "you_said", length = FeedbackAction.MAX_TEXT)
    private String youSaid;

    @Column(name = "we_did", length = FeedbackAction.MAX_TEXT)
    private String weDid;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    protected PollAnswer() {}

    public PollAnswer(String kiosk, Mood mood, LocalDateTime answeredAt) {
        this.kiosk = kiosk;
        this.mood = mood;
        this.answeredAt = answeredAt;
    }

    /** Ties the answer to the visit of the card scanned with it. */
    public void belongsTo(Long visitId, Long memberId, ServiceUsed serviceUsed) {
        this.visitId = visitId;
        this.memberId = memberId;
        this.serviceUsed = serviceUsed;
    }

    /** A rating of a workshop the visitor attended (from the invitation link). */
    public void about(Long workshopId) {
        this.workshopId = workshopId;
        this.serviceUsed = ServiceUsed.WORKSHOP;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    /** What the visitor added after the tap; a negative answer with a comment needs a manager's follow-up. */
    public void details(Integer serviceScore, Set<Improvement> improvements, String comment, LocalDateTime at) {
        this.serviceScore = serviceUsed == null ? null : serviceScore;
        this.improvements = improvements == null || improvements.isEmpty()
                ? null
                : improvements.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.comment = comment;
        this.detailsAt = at;
        this.followUp = mood.isNegative() && comment != null;
    }

    public void reviewed(String actionTaken, String youSaid, String weDid, String user, LocalDateTime at) {
        this.actionTaken = actionTaken;
        this.youSaid = youSaid;
        this.weDid = weDid;
        this.reviewedBy = user;
        this.reviewedAt = at;
    }

    public Set<Improvement> improvementSet() {
        if (improvements == null) {
            return EnumSet.noneOf(Improvement.class);
        }
        return Arrays.stream(improvements.split(","))
                .map(Improvement::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Improvement.class)));
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

    public String getKiosk() {
        return kiosk;
    }

    public Mood getMood() {
        return mood;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public ServiceUsed getServiceUsed() {
        return serviceUsed;
    }

    public Integer getServiceScore() {
        return serviceScore;
    }

    public String getComment() {
        return comment;
    }

    public LocalDateTime getDetailsAt() {
        return detailsAt;
    }

    public boolean isFollowUp() {
        return followUp;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public String getYouSaid() {
        return youSaid;
    }

    public String getWeDid() {
        return weDid;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }
}
