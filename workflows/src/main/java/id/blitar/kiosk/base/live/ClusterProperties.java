package id.blitar.kiosk.base.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How live screen changes travel between the nodes of a cluster ({@code kiosk.cluster.*}).
 *
 * @param pollInterval how often each node reads the other nodes' changes from {@code live_event}; the delay
 *     a screen on another node sees is about this plus a push to the browser (default 250 ms)
 * @param gapGrace how long a missing {@code live_event} id may still turn up: a transaction takes its id just
 *     before it commits, so a lower id can become visible after a higher one; after this long the gap is
 *     taken for a rolled-back transaction (default 30 s)
 * @param keepEvents how long rows stay in {@code live_event} (default 1 h); screens that were away longer
 *     reload from the database anyway when they attach
 */
@ConfigurationProperties("kiosk.cluster")
public record ClusterProperties(Duration pollInterval, Duration gapGrace, Duration keepEvents) {

    public ClusterProperties {
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            pollInterval = Duration.ofMillis(250);
        }
        if (gapGrace == null || gapGrace.isNegative()) {
            gapGrace = Duration.ofSeconds(30);
        }
        if (keepEvents == null || keepEvents.compareTo(gapGrace) <= 0) {
            keepEvents = Duration.ofHours(1);
        }
    }
}
