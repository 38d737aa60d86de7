package id.blitar.kiosk.device.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KioskDeviceRepository extends JpaRepository<KioskDevice, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByPairingCodeHash(String pairingCodeHash);

    /** Locks the device a code belongs to, so two browsers typing the same code cannot both pair. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from KioskDevice d where d.pairingCodeHash = :hash")
    Optional<KioskDevice> lockByPairingCodeHash(@Param("hash") String hash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from KioskDevice d where d.id = :id")
    Optional<KioskDevice> lockById(@Param("id") long id);

    List<KioskDevice> findAllByOrderByNameAsc();

    /** Records that a device was seen, at most once per {@code before} interval (no write on every screen). */
    @Modifying
    @Query("update KioskDevice d set d.lastSeenAt = :now where d.id = :id"
            + " and (d.lastSeenAt is null or d.lastSeenAt < :before)")
    int touch(@Param("id") long id, @Param("now") LocalDateTime now, @Param("before") LocalDateTime before);
}
