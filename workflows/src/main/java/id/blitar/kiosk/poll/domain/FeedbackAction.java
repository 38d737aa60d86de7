package id.blitar.kiosk.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** "Anda berkata → Kami lakukan": what visitors said and what the library did about it. */
@Entity
@Table(name = "feedback_action")
public class FeedbackAction {

    /**
     * Longest "Anda berkata" and "Kami lakukan" text, in characters (it must fit an attract screen): the columns
     * (here and in the poll answer), the managers' form and the review's check use this one figure.
     */
    public static final int MAX_TEXT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "poll_id")
    private Long pollId;

    @Column(name = "you_said", nullable = false, length = MAX_TEXT)
    private String youSaid;

    @Column(name = "we_did", nullable = false, length = MAX_TEXT)
    private String weDid;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    protected FeedbackAction() {}

    public FeedbackAction(Long pollId, String youSaid, String weDid, String publishedBy, LocalDateTime publishedAt) {
        this.pollId = pollId;
        this.youSaid = youSaid;
        this.weDid = weDid;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public void withdraw() {
        withdrawn = true;
    }

    public Long getId() {
        return id;
    }

    public Long getPollId() {
        return pollId;
    }

    public String getYouSaid() {
        return youSaid;
    }

    public String getWeDid() {
        return weDid;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
