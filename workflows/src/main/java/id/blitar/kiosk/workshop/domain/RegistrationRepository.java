package id.blitar.kiosk.workshop.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByWorkshopIdAndPersonKey(Long workshopId, String personKey);

    Optional<Registration> findByTicketCode(String ticketCode);

    Optional<Registration> findByOfferToken(String offerToken);

    Optional<Registration> findByFeedbackToken(String feedbackToken);

    Optional<Registration> findFirstByWorkshopIdAndStatusOrderByWaitlistPositionAsc(
            Long workshopId, RegistrationStatus status);

    List<Registration> findByWorkshopIdAndStatusIn(Long workshopId, Collection<RegistrationStatus> statuses);

    List<Registration> findByWorkshopIdOrderByIdAsc(Long workshopId);

    long countByWorkshopIdAndStatus(Long workshopId, RegistrationStatus status);

    List<Registration> findByMemberIdAndEndedAtIsNull(Long memberId);
}
