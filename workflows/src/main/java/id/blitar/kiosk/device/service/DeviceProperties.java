package id.blitar.kiosk.device.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of kiosk devices.
 *
 * @param secret the key that signs device cookies ({@code KIOSK_DEVICE_SECRET}); when empty, one is
 *     generated on first start and kept in the database, so cookies survive restarts and every node
 *     of a cluster accepts them
 * @param allowLocalhost whether a browser on the server itself may use kiosk screens without pairing
 *     (the embedded default, where the kiosk and the server are one machine)
 * @param pairingCodeValidity how long a one-time pairing code can be used
 * @param pairingAttempts wrong pairing codes one client address may offer before it has to wait; default 10
 * @param pairingAttemptsPeriod that many more are allowed again over this period; default 1 hour
 */
@ConfigurationProperties("kiosk.devices")
public record DeviceProperties(
        String secret,
        Boolean allowLocalhost,
        Duration pairingCodeValidity,
        Integer pairingAttempts,
        Duration pairingAttemptsPeriod) {

    public DeviceProperties {
        if (allowLocalhost == null) {
            allowLocalhost = false;
        }
        if (pairingCodeValidity == null || pairingCodeValidity.isNegative() || pairingCodeValidity.isZero()) {
            pairingCodeValidity = Duration.ofHours(24);
        }
        if (pairingAttempts == null || pairingAttempts < 1) {
            pairingAttempts = 10;
        }
        if (pairingAttemptsPeriod == null || pairingAttemptsPeriod.isNegative() || pairingAttemptsPeriod.isZero()) {
            pairingAttemptsPeriod = Duration.ofHours(1);
        }
    }
}
