package id.blitar.kiosk.visit.domain;

import id.blitar.kiosk.base.AgeGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One visit to the library: a member, a guest or a group, from check-in until check-out or closing
 * time. Questions, workshop attendance and exit polls of the visit refer to it.
 */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_type", nullable = false, length = 10)
    private VisitorType visitorType;

    @Column(name = "member_id")
    private Long memberId;

    /** The member type of a member whose data was deleted on request (UU PDP), kept for the statistics. */
    @Column(name = "erased_member_type", length = 60)
    private String erasedMemberType;

    /** A random key shared by the visits of a member whose data was deleted: counts distinct visitors only. */
    @Column(name = "erased_member_key", length = 36)
    private String erasedMemberKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", length = 20)
    private AgeGroup ageGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 30)
    private VisitPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", length = 30)
    private Origin origin;

    @Column(name = "institution", length = 120)
    private String institution;

    @Column(name = "consent_given_at")
    private LocalDateTime consentGivenAt;

    @Column(name = "count_children", nullable = false)
    private int countChildren;

    @Column(name = "count_teens", nullable = false)
    private int countTeens;

    @Column(name = "count_adults", nullable = false)
    private int countAdults;

    @Column(name = "count_elderly", nullable = false)
    private int countElderly;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Column(name = "membership_expired", nullable = false)
    private boolean membershipExpired;

    @Column(name = "kiosk", length = 60)
    private String kiosk;

    @Column(name = "checked_in_at", nullable = false)
    private LocalDateTime checkedInAt;

    @Column(name = "checked_out_at")
    private LocalDateTime checkedOutAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 20)
    private CloseReason closeReason;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    protected Visit() {}

    public static Visit ofMember(
            long memberId, AgeGroup ageGroup, boolean membershipExpired, String kiosk, LocalDateTime at) {
        Visit visit = new Visit(VisitorType.MEMBER, kiosk, at);
        visit.memberId = memberId;
        visit.ageGroup = ageGroup;
        visit.membershipExpired = membershipExpired;
        visit.headCount = 1;
        visit.count(ageGroup, 1);
        return visit;
    }

    public static Visit ofGuest(
            AgeGroup ageGroup,
            VisitPurpose purpose,
            Origin origin,
            String institution,
            String kiosk,
            LocalDateTime at) {
        Visit visit = new Visit(VisitorType.GUEST, kiosk, at);
        visit.ageGroup = ageGroup;
        visit.purpose = purpose;
        visit.origin = origin;
        visit.institution = institution;
        visit.consentGivenAt = at;
        visit.headCount = 1;
        visit.count(ageGroup, 1);
        return visit;
    }

    public static Visit ofGroup(
            String institution,
            VisitPurpose purpose,
            Origin origin,
            int children,
            int teens,
            int adults,
            int elderly,
            String kiosk,
            LocalDateTime at) {
        Visit visit = new Visit(VisitorType.GROUP, kiosk, at);
        visit.institution = institution;
        visit.purpose = purpose;
        visit.origin = origin;
        visit.consentGivenAt = at;
        visit.countChildren = children;
        visit.countTeens = teens;
        visit.countAdults = adults;
        visit.countElderly = elderly;
        visit.headCount = children + teens + adults + elderly;
        return visit;
    }

    private Visit(VisitorType visitorType, String kiosk, LocalDateTime checkedInAt) {
        this.visitorType = visitorType;
        this.kiosk = kiosk;
        this.checkedInAt = checkedInAt;
    }

    private void count(AgeGroup group, int people) {
        if (group == null) {
            countAdults += people;
            return;
        }
        switch (group) {
            case CHILD -> countChildren += people;
            case TEEN -> countTeens += people;
            case ADULT -> countAdults += people;
            case ELDERLY -> countElderly += people;
        }
    }

    /** Links the visit to the process instance that carries it. */
    public void attachTo(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Ends the visit; a visit that already ended keeps its first ending. */
    public void close(CloseReason reason, LocalDateTime at) {
        if (checkedOutAt != null) {
            return;
        }
        this.checkedOutAt = at.isBefore(checkedInAt) ? checkedInAt : at;
        this.closeReason = reason;
        this.durationMinutes = minutesUntil(checkedOutAt);
    }

    /**
     * A visit the library closed at closing time, whose visitor's exit scan reaches the server later (from a
     * kiosk's offline queue), ends when the visitor really scanned at the exit: the departure moves back to
     * {@code at} when that is before the closing time and not before the arrival.
     *
     * @return whether the departure changed
     */
    public boolean correctDeparture(LocalDateTime at) {
        if (closeReason != CloseReason.CLOSING_TIME
                || checkedOutAt == null
                || !at.isBefore(checkedOutAt)
                || at.isBefore(checkedInAt)) {
            return false;
        }
        this.checkedOutAt = at;
        this.closeReason = CloseReason.CHECK_OUT;
        this.durationMinutes = minutesUntil(at);
        return true;
    }

    /**
     * A visit whose first scan reaches the server after a later one (from a kiosk's offline queue) begins when the
     * visitor really arrived: the arrival moves back to {@code at} when that is earlier.
     *
     * @return whether the arrival changed
     */
    public boolean correctArrival(LocalDateTime at) {
        if (!at.isBefore(checkedInAt)) {
            return false;
        }
        this.checkedInAt = at;
        if (checkedOutAt != null) {
            this.durationMinutes = minutesUntil(checkedOutAt);
        }
        return true;
    }

    /** Whole minutes from check-in until the given moment. */
    public int minutesUntil(LocalDateTime moment) {
        return moment.isBefore(checkedInAt)
                ? 0
                : (int) Duration.between(checkedInAt, moment).toMinutes();
    }

    public Long getId() {
        return id;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public VisitorType getVisitorType() {
        return visitorType;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getInstitution() {
        return institution;
    }

    public LocalDateTime getConsentGivenAt() {
        return consentGivenAt;
    }

    public int getCountChildren() {
        return countChildren;
    }

    public int getCountTeens() {
        return countTeens;
    }

    public int getCountAdults() {
        return countAdults;
    }

    public int getCountElderly() {
        return countElderly;
    }

    public int getHeadCount() {
        return headCount;
    }

    public boolean isMembershipExpired() {
        return membershipExpired;
    }

    public String getKiosk() {
        return kiosk;
    }

    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }

    public LocalDateTime getCheckedOutAt() {
        return checkedOutAt;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }
}
