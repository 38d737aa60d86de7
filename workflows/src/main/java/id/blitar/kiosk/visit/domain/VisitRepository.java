package id.blitar.kiosk.visit.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisitRepository extends JpaRepository<Visit, Long> {

    Optional<Visit> findByProcessInstanceId(String processInstanceId);

    /** The member's most recent visit that started at or after the given moment. */
    Optional<Visit> findFirstByMemberIdAndCheckedInAtGreaterThanEqualOrderByCheckedInAtDesc(
            long memberId, LocalDateTime since);

    /** The member's visits that began in the given period (both ends included), newest first. */
    List<Visit> findByMemberIdAndCheckedInAtBetweenOrderByCheckedInAtDesc(
            long memberId, LocalDateTime from, LocalDateTime to);

    /** The member's visits that have not ended, newest first. */
    List<Visit> findByMemberIdAndCheckedOutAtIsNullOrderByCheckedInAtDesc(long memberId, Limit limit);

    long countByMemberIdAndCheckedInAtGreaterThanEqualAndCheckedInAtLessThan(
            long memberId, LocalDateTime from, LocalDateTime to);

    /** Deletes the visits that began before the given moment; returns how many. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from Visit v where v.checkedInAt < :before")
    int deleteCheckedInBefore(@Param("before") LocalDateTime before);

    /** People who came in a period: a group counts with its head count. */
    @Query("select coalesce(sum(v.headCount), 0) from Visit v where v.checkedInAt >= :from and v.checkedInAt < :to")
    long countPeople(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}
