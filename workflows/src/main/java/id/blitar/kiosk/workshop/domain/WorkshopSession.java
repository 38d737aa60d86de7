package id.blitar.kiosk.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One meeting of a workshop; a series has several, all covered by one registration. */
@Entity
@Table(name = "workshop_session")
public class WorkshopSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_id", nullable = false)
    private Long workshopId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "room", nullable = false, length = Workshop.MAX_ROOM)
    private String room;

    protected WorkshopSession() {}

    public WorkshopSession(Long workshopId, LocalDateTime startsAt, LocalDateTime endsAt, String room) {
        this.workshopId = workshopId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getRoom() {
        return room;
    }
}
