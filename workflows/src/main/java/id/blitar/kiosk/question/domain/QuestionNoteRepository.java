package id.blitar.kiosk.question.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionNoteRepository extends JpaRepository<QuestionNote, Long> {

    List<QuestionNote> findByQuestionIdOrderByCreatedAtAscIdAsc(Long questionId);

    /** The notes of several questions in one query (a worklist refresh), oldest first within each question. */
    List<QuestionNote> findByQuestionIdInOrderByCreatedAtAscIdAsc(Collection<Long> questionIds);
}
