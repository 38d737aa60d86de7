package id.blitar.kiosk.poll.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exit poll.
 *
 * @param repeatInterval taps on the same kiosk within this interval of the previous answer are not counted
 * @param itemsPerRespondent how many SKM elements one respondent is asked (one fewer when a service
 *     they used is asked about)
 */
@ConfigurationProperties("kiosk.poll")
public record PollProperties(Duration repeatInterval, Integer itemsPerRespondent) {

    public PollProperties {
        if (repeatInterval == null) {
            repeatInterval = Duration.ofSeconds(5);
        }
        if (itemsPerRespondent == null) {
            itemsPerRespondent = 2;
        }
    }
}
