package id.blitar.kiosk.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One SKM element answered in an exit poll, on the scale 1–4. */
@Entity
@Table(name = "skm_answer")
public class SkmAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "poll_id", nullable = false)
    private Long pollId;

    @Enumerated(EnumType.STRING)
    @Column(name = "element", nullable = false, length = 20)
    private SkmElement element;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    protected SkmAnswer() {}

    public SkmAnswer(Long pollId, SkmElement element, int score, LocalDateTime answeredAt) {
        this.pollId = pollId;
        this.element = element;
        this.score = score;
        this.answeredAt = answeredAt;
    }

    public Long getPollId() {
        return pollId;
    }

    public SkmElement getElement() {
        return element;
    }

    public int getScore() {
        return score;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
