package id.blitar.kiosk.workshop.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkshopSessionRepository extends JpaRepository<WorkshopSession, Long> {

    List<WorkshopSession> findByWorkshopIdOrderByStartsAt(Long workshopId);

    /** The session of the workshop under way (doors open an hour before) at the given moment. */
    @Query(
            "select s from WorkshopSession s where s.workshopId = :workshop and s.startsAt <= :opens and s.endsAt >= :now")
    List<WorkshopSession> current(
            @Param("workshop") Long workshopId, @Param("now") LocalDateTime now, @Param("opens") LocalDateTime opens);
}
