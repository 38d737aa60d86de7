package id.blitar.kiosk.question.domain;

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

/** A question and answer published to the kiosks' frequently asked questions. */
@Entity
@Table(name = "faq")
public class Faq {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 20)
    private Topic topic;

    @Column(name = "question", nullable = false, length = InputCheck.MAX_QUESTION_LENGTH)
    private String question;

    @Column(name = "answer", nullable = false, length = InputCheck.MAX_ANSWER_LENGTH)
    private String answer;

    @Column(name = "source_question_id")
    private Long sourceQuestionId;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    protected Faq() {}

    public Faq(
            Topic topic,
            String question,
            String answer,
            Long sourceQuestionId,
            String publishedBy,
            LocalDateTime publishedAt) {
        this.topic = topic;
        this.question = question;
        this.answer = answer;
        this.sourceQuestionId = sourceQuestionId;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public void withdraw() {
        this.withdrawn = true;
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public Long getSourceQuestionId() {
        return sourceQuestionId;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
