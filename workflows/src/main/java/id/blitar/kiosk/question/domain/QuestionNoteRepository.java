package id.blitar.kiosk.question.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionNoteRepository extends JpaRepository<QuestionNote, Long> {

    List<QuestionNote> findByQuestionIdOrderByCreatedAtAscIdAsc(Long questionId);
}
