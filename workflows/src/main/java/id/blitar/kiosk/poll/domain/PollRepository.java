package id.blitar.kiosk.poll.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PollRepository extends JpaRepository<PollAnswer, Long> {

    Optional<PollAnswer> findFirstByKioskOrderByAnsweredAtDescIdDesc(String kiosk);

    List<PollAnswer> findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThanOrderByAnsweredAt(
            LocalDateTime from, LocalDateTime to);

    Optional<PollAnswer> findByProcessInstanceId(String processInstanceId);
}
