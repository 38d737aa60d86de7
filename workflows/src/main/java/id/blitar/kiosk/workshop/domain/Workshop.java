package id.blitar.kiosk.workshop.domain;

import id.blitar.kiosk.base.AgeGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An activity of the library's programme — a workshop, seminar, book club or story time, possibly a
 * series of sessions with one registration — with its capacity and the seats taken.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

    /**
     * Longest title, in characters: the column, the programme form and {@code WorkshopService}'s check use this
     * one figure (the migration's column was created with it).
     */
    public static final int MAX_TITLE = 150;

    /** Longest description, in characters (column, form, check). */
    public static final int MAX_DESCRIPTION = 2000;

    /** Longest room name, in characters (the workshop's and its sessions' columns, form, check). */
    public static final int MAX_ROOM = 100;

    /** Longest partner name, in characters (column, form, check). */
    public static final int MAX_PARTNER = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private WorkshopType type;

    @Column(name = "audience", nullable = false, length = 60)
    private String audience;

    @Column(name = "room", nullable = false, length = MAX_ROOM)
    private String room;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "waitlist_last", nullable = false)
    private int waitlistLast;

    @Column(name = "registration_opens_at", nullable = false)
    private LocalDateTime registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private LocalDateTime registrationClosesAt;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "partner", length = MAX_PARTNER)
    private String partner;

    @Column(name = "status", nullable = false, length = 20)
    private String status = "PUBLISHED";

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    protected Workshop() {}

    public Workshop(String createdBy, LocalDateTime createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets what staff edit; the sessions set {@code startsAt}/{@code endsAt} (first start, last end). */
    public void describe(
            String title,
            String description,
            WorkshopType type,
            Set<AgeGroup> audience,
            String room,
            int capacity,
            LocalDateTime registrationOpensAt,
            LocalDateTime registrationClosesAt,
            String partner) {
        this.title = title;
        this.description = description;
        this.type = type;
        this.audience = audience.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.room = room;
        this.capacity = capacity;
        this.registrationOpensAt = registrationOpensAt;
        this.registrationClosesAt = registrationClosesAt;
        this.partner = partner;
    }

    public void schedule(LocalDateTime startsAt, LocalDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** Takes a seat if one is free (the caller holds this row's lock). */
    public boolean takeSeat() {
        if (seatsTaken >= capacity) {
            return false;
        }
        seatsTaken++;
        return true;
    }

    public void releaseSeat() {
        if (seatsTaken > 0) {
            seatsTaken--;
        }
    }

    /** The next place on the waitlist (the caller holds this row's lock). */
    public int nextWaitlistPosition() {
        return ++waitlistLast;
    }

    public void cancel(LocalDateTime at) {
        this.status = "CANCELLED";
        this.cancelledAt = at;
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean isOpenForRegistration(LocalDateTime now) {
        return !isCancelled() && !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public Set<AgeGroup> audienceSet() {
        if (audience == null || audience.isBlank()) {
            return EnumSet.allOf(AgeGroup.class);
        }
        return Arrays.stream(audience.split(","))
                .map(AgeGroup::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgeGroup.class)));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public WorkshopType getType() {
        return type;
    }

    public String getRoom() {
        return room;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPartner() {
        return partner;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }
}
