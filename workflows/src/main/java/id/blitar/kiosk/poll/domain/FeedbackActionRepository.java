package id.blitar.kiosk.poll.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackActionRepository extends JpaRepository<FeedbackAction, Long> {

    List<FeedbackAction> findTop5ByWithdrawnFalseOrderByPublishedAtDesc();
}
