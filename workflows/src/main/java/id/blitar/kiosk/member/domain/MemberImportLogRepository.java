package id.blitar.kiosk.member.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberImportLogRepository extends JpaRepository<MemberImportLog, Long> {

    Optional<MemberImportLog> findFirstByOrderByFinishedAtDescIdDesc();
}
