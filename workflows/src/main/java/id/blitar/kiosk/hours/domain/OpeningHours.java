package id.blitar.kiosk.hours.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** The library's hours on one weekday. */
@Entity
@Table(name = "opening_hours")
public class OpeningHours {

    @Id
    @Column(name = "day_of_week")
    private int dayOfWeek;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    protected OpeningHours() {}

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public boolean isClosed() {
        return closed || opensAt == null || closesAt == null;
    }
}
