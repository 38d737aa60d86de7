package id.blitar.kiosk.poll.domain;

import java.time.LocalDateTime;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FilteredTapRepository extends JpaRepository<FilteredTap, Long> {

    long countByTappedAtGreaterThanEqualAndTappedAtLessThan(LocalDateTime from, LocalDateTime to);
}
