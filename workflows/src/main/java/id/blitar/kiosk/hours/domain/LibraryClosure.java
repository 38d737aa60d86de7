package id.blitar.kiosk.hours.domain;

import id.blitar.kiosk.base.InputCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A day the library is closed although its weekly hours say open: a national holiday, a cuti bersama day or
 * a closure of its own.
 */
@Entity
@Table(name = "library_closure")
public class LibraryClosure {

    /** The longest reason a closure may carry (the column's length). */
    public static final int MAX_REASON_LENGTH = InputCheck.MAX_LENGTH;

    @Id
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "reason", nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected LibraryClosure() {}

    public LibraryClosure(LocalDate closedOn, String reason, String createdBy, LocalDateTime createdAt) {
        this.closedOn = closedOn;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
