package id.blitar.kiosk.question.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QueueCounterRepository extends JpaRepository<QueueCounter, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from QueueCounter c where c.queueName = :name")
    Optional<QueueCounter> lock(@Param("name") String name);
}
