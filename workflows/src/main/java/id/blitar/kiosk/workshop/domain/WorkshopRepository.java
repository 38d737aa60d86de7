package id.blitar.kiosk.workshop.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    @Query("select w from Workshop w where w.endsAt > :now order by w.startsAt")
    List<Workshop> upcoming(@Param("now") LocalDateTime now);
}
