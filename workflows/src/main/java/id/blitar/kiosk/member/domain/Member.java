package id.blitar.kiosk.member.domain;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.CallName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A library member, identified at the kiosk by the number on their card. */
@Entity
@Table(name = "member")
public class Member {

    /** The longest call name (nama panggilan) a member may have stored. */
    public static final int MAX_CALL_NAME = CallName.MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_number", nullable = false, unique = true, length = 64)
    private String cardNumber;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "member_type", nullable = false, length = 60)
    private String memberType;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", length = 20)
    private AgeGroup ageGroup;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "institution", length = 200)
    private String institution;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "call_name", length = MAX_CALL_NAME)
    private String callName;

    protected Member() {}

    public Member(
            String cardNumber,
            String fullName,
            String memberType,
            AgeGroup ageGroup,
            String email,
            String institution,
            LocalDate expiresOn,
            LocalDateTime createdAt) {
        this.cardNumber = cardNumber;
        this.fullName = fullName;
        this.memberType = memberType;
        this.ageGroup = ageGroup;
        this.email = email;
        this.institution = institution;
        this.expiresOn = expiresOn;
        this.createdAt = createdAt;
    }

    /**
     * The only part of the name a public screen may show: the call name stored for the member (set by staff or
     * imported), else the one {@link CallName} finds in the full name.
     *
     * @return the name to greet by, or null when the screen must greet without a name
     */
    public String callName() {
        if (callName != null && !callName.isBlank()) {
            return callName;
        }
        return CallName.of(fullName).orElse(null);
    }

    /** The call name stored for this member, null when the one in the full name is used. */
    public String getStoredCallName() {
        return callName;
    }

    /** Stores the name this member is called by; blank goes back to the one in the full name. */
    public void setStoredCallName(String callName) {
        this.callName = callName == null || callName.isBlank() ? null : callName.strip();
    }

    /** A card is valid through its expiry date and expired from the day after. */
    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(expiresOn);
    }

    public void extendUntil(LocalDate newExpiry) {
        this.expiresOn = newExpiry;
    }

    public Long getId() {
        return id;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getMemberType() {
        return memberType;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public String getEmail() {
        return email;
    }

    public String getInstitution() {
        return institution;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
