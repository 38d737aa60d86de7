package id.blitar.kiosk.privacy.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DataRequestRepository extends JpaRepository<DataRequest, Long> {

    /** The subject's newest request, recognised by the hash of their card number or ticket code. */
    Optional<DataRequest> findFirstBySubjectHashOrderByRequestedAtDesc(String subjectHash);

    /** The audit log, newest first. */
    List<DataRequest> findTop200ByOrderByRequestedAtDesc();

    Optional<DataRequest> findByProcessInstanceId(String processInstanceId);

    /** Forgets the hashes of requests decided before the moment (the subject was told, or had 30 days). */
    @Modifying
    @Query("update DataRequest r set r.subjectHash = null where r.subjectHash is not null and r.decidedAt < :before")
    int forgetHashesDecidedBefore(@Param("before") LocalDateTime before);
}
