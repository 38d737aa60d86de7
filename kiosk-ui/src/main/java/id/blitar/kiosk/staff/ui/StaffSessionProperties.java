package id.blitar.kiosk.staff.ui;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in staff session may stay idle. Kiosk sessions keep the server's default and are
 * kept alive by their own poll; only a staff sign-in shortens its session.
 *
 * @param idleTimeout a staff session without any click or typing (heartbeats and pushed updates do not
 *     count) ends after this long; default 15 minutes
 * @param idleWarning the worklist warns this long before; default 1 minute
 */
@ConfigurationProperties("kiosk.staff.session")
public record StaffSessionProperties(Duration idleTimeout, Duration idleWarning) {

    public StaffSessionProperties {
        if (idleTimeout == null || idleTimeout.toSeconds() < 10) {
            idleTimeout = Duration.ofMinutes(15);
        }
        if (idleWarning == null || idleWarning.isNegative() || idleWarning.compareTo(idleTimeout) >= 0) {
            idleWarning =
                    Duration.ofMinutes(1).compareTo(idleTimeout) < 0 ? Duration.ofMinutes(1) : idleTimeout.dividedBy(2);
        }
    }
}
