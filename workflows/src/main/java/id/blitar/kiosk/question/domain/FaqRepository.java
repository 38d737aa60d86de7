package id.blitar.kiosk.question.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqRepository extends JpaRepository<Faq, Long> {

    List<Faq> findByWithdrawnFalseOrderByPublishedAtDesc();

    boolean existsBySourceQuestionIdAndWithdrawnFalse(Long sourceQuestionId);
}
