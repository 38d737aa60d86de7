package id.blitar.kiosk.visit.service;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules of the visit journey.
 *
 * @param repeatWindow a member who scans again within this time after checking in is welcomed back
 *     and not counted a second time
 * @param maxGroupSize the largest head count one group check-in accepts
 * @param retention how long visit rows are kept for statistics before they are deleted (the consent text
 *     on the kiosk names this period)
 */
@ConfigurationProperties("kiosk.visit")
public record VisitProperties(Duration repeatWindow, Integer maxGroupSize, Period retention) {

    public VisitProperties {
        if (repeatWindow == null) {
            repeatWindow = Duration.ofMinutes(30);
        }
        if (maxGroupSize == null) {
            maxGroupSize = 300;
        }
        if (retention == null) {
            retention = Period.ofYears(3);
        }
    }
}
