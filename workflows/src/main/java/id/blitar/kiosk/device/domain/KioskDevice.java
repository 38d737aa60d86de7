package id.blitar.kiosk.device.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A kiosk registered by a manager. Its name is what visits, questions and poll answers record. The
 * one-time pairing code and the secret behind the device's cookie are kept only as hashes.
 */
@Entity
@Table(name = "kiosk_device")
public class KioskDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false, length = 64)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeviceMode mode;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "pairing_code_hash", length = 64)
    private String pairingCodeHash;

    @Column(name = "pairing_code_expires_at")
    private LocalDateTime pairingCodeExpiresAt;

    @Column(name = "pairing_code_used_at")
    private LocalDateTime pairingCodeUsedAt;

    @Column(name = "token_secret_hash", length = 64)
    private String tokenSecretHash;

    @Column(name = "paired_at")
    private LocalDateTime pairedAt;

    @Column(name = "last_seen_at")
    private LocalDateTime lastSeenAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected KioskDevice() {}

    public KioskDevice(String name, String location, DeviceMode mode, LocalDateTime createdAt, String createdBy) {
        this.name = name;
        this.location = location;
        this.mode = mode;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A new one-time code replaces any earlier one; the current pairing stays until the code is used. */
    public void issuePairingCode(String codeHash, LocalDateTime expiresAt) {
        this.pairingCodeHash = codeHash;
        this.pairingCodeExpiresAt = expiresAt;
        this.pairingCodeUsedAt = null;
    }

    /** Uses the code up and replaces the secret of any earlier pairing, so older cookies stop working. */
    public void pair(String tokenSecretHash, LocalDateTime now) {
        this.pairingCodeUsedAt = now;
        this.tokenSecretHash = tokenSecretHash;
        this.pairedAt = now;
        this.lastSeenAt = now;
    }

    public void revoke(LocalDateTime now) {
        this.revokedAt = now;
        this.tokenSecretHash = null;
        this.pairingCodeHash = null;
        this.pairingCodeExpiresAt = null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isPaired() {
        return tokenSecretHash != null && !isRevoked();
    }

    /** Whether an unused, unexpired pairing code is waiting for this device. */
    public boolean hasOpenPairingCode(LocalDateTime now) {
        return pairingCodeHash != null && pairingCodeUsedAt == null && pairingCodeExpiresAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLocation() {
        return location;
    }

    public DeviceMode getMode() {
        return mode;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getPairingCodeHash() {
        return pairingCodeHash;
    }

    public LocalDateTime getPairingCodeExpiresAt() {
        return pairingCodeExpiresAt;
    }

    public LocalDateTime getPairingCodeUsedAt() {
        return pairingCodeUsedAt;
    }

    public String getTokenSecretHash() {
        return tokenSecretHash;
    }

    public LocalDateTime getPairedAt() {
        return pairedAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
