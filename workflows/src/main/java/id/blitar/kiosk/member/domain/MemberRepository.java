package id.blitar.kiosk.member.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByCardNumber(String cardNumber);

    /**
     * Reads the member and holds a row lock until the transaction ends, so that two kiosks scanning
     * the same card at the same moment are serialised and the visit is counted once.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.cardNumber = :cardNumber")
    Optional<Member> lockByCardNumber(@Param("cardNumber") String cardNumber);

    /** As {@link #lockByCardNumber(String)}, by the member's id (the closing-time timer of a member's visit). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.id = :id")
    Optional<Member> lockById(@Param("id") Long id);
}
