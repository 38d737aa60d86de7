package id.blitar.kiosk.poll.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SkmRotationRepository extends JpaRepository<SkmRotation, SkmElement> {

    /** All nine counters, locked: whoever chooses items next waits for this choice to commit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SkmRotation r order by r.element")
    List<SkmRotation> lockAll();
}
