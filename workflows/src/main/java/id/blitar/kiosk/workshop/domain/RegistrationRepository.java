package id.blitar.kiosk.workshop.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByWorkshopIdAndPersonKey(Long workshopId, String personKey);

    /** Registrations for a workshop by phone number (E.164) or e-mail address (any case), oldest first. */
    @org.springframework.data.jpa.repository.Query("select r from Registration r where r.workshopId = :workshopId"
            + " and ((:phone is not null and r.phone = :phone)"
            + " or (:email is not null and lower(r.email) = :email)) order by r.id")
    List<Registration> findByWorkshopAndContact(
            @org.springframework.data.repository.query.Param("workshopId") Long workshopId,
            @org.springframework.data.repository.query.Param("phone") String phone,
            @org.springframework.data.repository.query.Param("email") String email);

    Optional<Registration> findByTicketCode(String ticketCode);

    Optional<Registration> findByOfferToken(String offerToken);

    Optional<Registration> findByFeedbackToken(String feedbackToken);

    Optional<Registration> findFirstByWorkshopIdAndStatusOrderByWaitlistPositionAsc(
            Long workshopId, RegistrationStatus status);

    List<Registration> findByWorkshopIdAndStatusIn(Long workshopId, Collection<RegistrationStatus> statuses);

    List<Registration> findByWorkshopIdOrderByIdAsc(Long workshopId);

    long countByWorkshopIdAndStatus(Long workshopId, RegistrationStatus status);

    List<Registration> findByMemberIdAndEndedAtIsNull(Long memberId);

    /** Forgets names and contacts of registrations for workshops that ended before the given moment. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update Registration r set r.guestName = null, r.phone = null, r.email = null"
                    + " where (r.guestName is not null or r.phone is not null or r.email is not null)"
                    + " and r.workshopId in (select w.id from Workshop w where w.endsAt < :before)")
    int forgetContactsOfWorkshopsEndedBefore(
            @org.springframework.data.repository.query.Param("before") java.time.LocalDateTime before);
}
