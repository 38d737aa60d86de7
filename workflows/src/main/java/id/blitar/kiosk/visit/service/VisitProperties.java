package id.blitar.kiosk.visit.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules of the visit journey.
 *
 * @param repeatWindow a member who scans again within this time after checking in is welcomed back
 *     and not counted a second time
 * @param maxGroupSize the largest head count one group check-in accepts
 */
@ConfigurationProperties("kiosk.visit")
public record VisitProperties(Duration repeatWindow, Integer maxGroupSize) {

    public VisitProperties {
        if (repeatWindow == null) {
            repeatWindow = Duration.ofMinutes(30);
        }
        if (maxGroupSize == null) {
            maxGroupSize = 300;
        }
    }
}
