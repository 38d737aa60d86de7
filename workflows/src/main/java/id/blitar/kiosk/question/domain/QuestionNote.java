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

/** A staff-only note on a question: never shown on a kiosk, never sent to the visitor. */
@Entity
@Table(name = "question_note")
public class QuestionNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private NoteKind kind;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "text", nullable = false, length = InputCheck.MAX_QUESTION_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected QuestionNote() {}

    public QuestionNote(Long questionId, NoteKind kind, String author, String text, LocalDateTime createdAt) {
        this.questionId = questionId;
        this.kind = kind;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public NoteKind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
