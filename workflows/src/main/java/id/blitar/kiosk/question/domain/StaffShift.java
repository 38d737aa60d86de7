package id.blitar.kiosk.question.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A librarian on shift now. */
@Entity
@Table(name = "staff_shift")
public class StaffShift {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    protected StaffShift() {}

    public StaffShift(String username, LocalDateTime startedAt) {
        this.username = username;
        this.startedAt = startedAt;
    }

    public String getUsername() {
        return username;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }
}
