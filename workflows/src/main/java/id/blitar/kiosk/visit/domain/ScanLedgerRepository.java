package id.blitar.kiosk.visit.domain;

import java.time.LocalDateTime;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScanLedgerRepository extends JpaRepository<ScanLedgerEntry, String> {

    /** Deletes the entries received before the given moment; returns how many. */
    @Modifying
    @Query("delete from ScanLedgerEntry e where e.receivedAt < :before")
    int deleteReceivedBefore(@Param("before") LocalDateTime before);
}
