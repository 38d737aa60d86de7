package id.blitar.kiosk.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A ticket scanned at the door of one session. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private Long registrationId;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "scanned_at", nullable = false)
    private LocalDateTime scannedAt;

    @Column(name = "kiosk", length = 60)
    private String kiosk;

    protected Attendance() {}

    public Attendance(Long registrationId, Long sessionId, LocalDateTime scannedAt, String kiosk) {
        this.registrationId = registrationId;
        this.sessionId = sessionId;
        this.scannedAt = scannedAt;
        this.kiosk = kiosk;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getSessionId() {
        return sessionId;
    }
}
