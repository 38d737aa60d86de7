package id.blitar.kiosk.workshop.domain;

import id.blitar.kiosk.base.VisitorLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One person's registration for a workshop: a member (by card) or a guest (name and a phone number or
 * e-mail address, with consent). {@code personKey} makes a second registration of the same person
 * for the same workshop impossible.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id", nullable = false)
    private Long workshopId;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "person_key", nullable = false, length = 220)
    private String personKey;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "guest_name", length = 120)
    private String guestName;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "consent_given_at")
    private LocalDateTime consentGivenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "ticket_code", length = 20)
    private String ticketCode;

    @Column(name = "offer_token", length = 40)
    private String offerToken;

    @Column(name = "feedback_token", length = 40)
    private String feedbackToken;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "offered_at")
    private LocalDateTime offeredAt;

    @Column(name = "offer_expires_at")
    private LocalDateTime offerExpiresAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "attended", nullable = false)
    private boolean attended;

    @Column(name = "kiosk", length = 60)
    private String kiosk;

    /** The language the visitor used at the kiosk ({@link VisitorLanguage#tag}): the language of its e-mails. */
    @Column(name = "visitor_language", length = VisitorLanguage.MAX_TAG)
    private String visitorLanguage;

    protected Registration() {}

    public Registration(
            Long workshopId,
            String personKey,
            Long memberId,
            String guestName,
            String phone,
            String email,
            LocalDateTime consentGivenAt,
            String kiosk,
            LocalDateTime registeredAt) {
        this.workshopId = workshopId;
        this.personKey = personKey;
        this.memberId = memberId;
        this.guestName = guestName;
        this.phone = phone;
        this.email = email;
        this.consentGivenAt = consentGivenAt;
        this.kiosk = kiosk;
        this.registeredAt = registeredAt;
        this.status = RegistrationStatus.WAITLISTED;
    }

    public void confirm(String ticketCode, LocalDateTime at) {
        this.status = RegistrationStatus.CONFIRMED;
        this.ticketCode = ticketCode;
        this.confirmedAt = at;
        this.offerToken = null;
    }

    public void waitlist(int position) {
        this.status = RegistrationStatus.WAITLISTED;
        this.waitlistPosition = position;
    }

    public void offer(String token, LocalDateTime at, LocalDateTime expiresAt) {
        this.status = RegistrationStatus.OFFERED;
        this.offerToken = token;
        this.offeredAt = at;
        this.offerExpiresAt = expiresAt;
    }

    public void end(RegistrationStatus finalStatus, LocalDateTime at) {
        this.status = finalStatus;
        this.endedAt = at;
        this.offerToken = null;
    }

    /** The link token of the invitation to rate the workshop; used once. */
    public void inviteToFeedback(String token) {
        this.feedbackToken = token;
    }

    public void feedbackGiven() {
        this.feedbackToken = null;
    }

    public String getFeedbackToken() {
        return feedbackToken;
    }

    public void attendedOnce() {
        this.attended = true;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getGuestName() {
        return guestName;
    }

    /** Keeps a guest's phone number or e-mail address that the registration does not have yet. */
    public void addMissingContact(String phone, String email) {
        if (memberId != null || guestName == null) {
            return;
        }
        if (this.phone == null && phone != null) {
            this.phone = phone;
        }
        if (this.email == null && email != null) {
            this.email = email;
        }
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public String getTicketCode() {
        return ticketCode;
    }

    public String getOfferToken() {
        return offerToken;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public boolean isAttended() {
        return attended;
    }

    public String getKiosk() {
        return kiosk;
    }

    /** The visitor's language; Indonesian for rows from before it was stored. */
    public Locale getVisitorLanguage() {
        return VisitorLanguage.of(visitorLanguage);
    }

    public void setVisitorLanguage(Locale language) {
        this.visitorLanguage = VisitorLanguage.tag(language);
    }
}
