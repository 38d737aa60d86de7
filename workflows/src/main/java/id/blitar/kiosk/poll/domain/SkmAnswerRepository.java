package id.blitar.kiosk.poll.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkmAnswerRepository extends JpaRepository<SkmAnswer, Long> {

    List<SkmAnswer> findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(LocalDateTime from, LocalDateTime to);
}
