package id.blitar.kiosk.device.service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs device cookies: {@code kiosk.devices.secret} when configured, otherwise one
 * generated once and kept in {@code device_secret}, so paired kiosks survive a restart and every node
 * of a cluster accepts their cookies. Two nodes starting at once both try to insert the one row; the
 * loser reads the winner's key.
 */
@Component
class DeviceSecretStore {

    private static final Logger log = LoggerFactory.getLogger(DeviceSecretStore.class);
    private static final int MIN_CONFIGURED_LENGTH = 32;

    private final DeviceProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile byte[] key;

    DeviceSecretStore(DeviceProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] load() {
        String configured = properties.secret();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_CONFIGURED_LENGTH) {
                log.warn(
                        "kiosk.devices.secret is shorter than {} characters: device cookies are easier to forge",
                        MIN_CONFIGURED_LENGTH);
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return stored().orElseGet(() -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            try {
                jdbc.update(
                        "INSERT INTO device_secret (id, secret, created_at) VALUES (1, ?, ?)",
                        Base64.getEncoder().encodeToString(bytes),
                        LocalDateTime.now(clock));
                log.info("Generated the key for device cookies and stored it in the database");
            } catch (DataIntegrityViolationException anotherNodeWasFaster) {
                // Another node stored its key between our read and our insert: use that one.
            }
            return stored().orElseThrow(() -> new IllegalStateException("device_secret has no row"));
        });
    }

    private java.util.Optional<byte[]> stored() {
        List<String> rows = jdbc.queryForList("SELECT secret FROM device_secret WHERE id = 1", String.class);
        return rows.stream().findFirst().map(s -> Base64.getDecoder().decode(s));
    }
}
