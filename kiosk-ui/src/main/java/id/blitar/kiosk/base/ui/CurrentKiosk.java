package id.blitar.kiosk.base.ui;

import java.io.Serializable;
import java.time.Instant;

/**
 * The kiosk this browser session is, as last checked by the device gate ({@code device.ui.KioskDeviceGate}).
 *
 * @param deviceId the paired device, or null for an unpaired kiosk on the server itself (allowed localhost)
 * @param name what visits, questions and poll answers record as their kiosk
 * @param mode the paired device's mode, or null when the {@code ?mode=} cookie decides (localhost)
 * @param checkedAt when the device cookie was last checked against the database
 * @param touchedAt when "last seen" was last written for the device
 */
public record CurrentKiosk(Long deviceId, String name, KioskMode mode, Instant checkedAt, Instant touchedAt)
        implements Serializable {

    public static final String ATTRIBUTE = CurrentKiosk.class.getName();

    public boolean paired() {
        return deviceId != null;
    }
}
