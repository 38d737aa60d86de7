package id.blitar.kiosk.base.live;

import id.blitar.kiosk.base.DatabaseAway;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code live_event} rows the other nodes committed, every {@link ClusterProperties#pollInterval()},
 * and publishes each on this node as a {@link RemoteLiveEvent} for its screens. With one node it finds
 * nothing to do (one indexed query per interval).
 *
 * <p>Rows are read in id order past a horizon below which every id has been seen. An id can become visible
 * after a higher one (two transactions commit in the other order); so ids above the horizon that were seen
 * are remembered, a missing one is waited for up to {@link ClusterProperties#gapGrace()}, and only then the
 * horizon passes it (a rolled-back transaction, or a database that steps auto-increment ids by more than
 * one). Delivery itself never waits for a gap. A node that starts (or restarts) begins at the newest row:
 * its screens load their state from the database when they attach.
 */
@Component
@EnableConfigurationProperties(ClusterProperties.class)
class LiveEventRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveEventRelay.class);
    private static final long CLEAN_UP_EVERY_MILLIS = 10 * 60 * 1000L;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final ClusterNode node;
    private final ClusterProperties properties;
    private final Clock clock;

    /** Ids above the horizon seen so far, with when they were first seen. Used by the relay thread only. */
    private final TreeMap<Long, Instant> seen = new TreeMap<>();

    private long horizon = -1;
    private long lastCleanUp;
    private boolean databaseAwayLogged;
    private volatile ScheduledExecutorService executor;

    LiveEventRelay(
            JdbcTemplate jdbc,
            ApplicationEventPublisher publisher,
            ClusterNode node,
            ClusterProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.node = node;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "live-event-relay");
            thread.setDaemon(true);
            return thread;
        });
        long millis = properties.pollInterval().toMillis();
        started.scheduleWithFixedDelay(this::pollSafely, 0, millis, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void pollSafely() {
        try {
            poll();
            databaseAwayLogged = false;
        } catch (RuntimeException e) {
            if (DatabaseAway.isCause(e)) {
                if (!databaseAwayLogged) {
                    log.warn(
                            "Live events: the database is away; other nodes' changes reach screens here when it is back");
                    databaseAwayLogged = true;
                }
            } else {
                log.warn("Live events: reading other nodes' changes failed", e);
            }
        }
    }

    /** One round: deliver what is new, move the horizon, now and then delete old rows. */
    void poll() {
        if (horizon < 0) {
            Long newest = jdbc.queryForObject("SELECT MAX(id) FROM live_event", Long.class);
            horizon = newest == null ? 0 : newest;
            lastCleanUp = clock.millis();
        }
        List<Row> rows = jdbc.query(
                "SELECT id, origin, event_type, payload FROM live_event WHERE id > ? ORDER BY id",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                horizon);
        Instant now = clock.instant();
        for (Row row : rows) {
            if (seen.putIfAbsent(row.id(), now) == null && !row.origin().equals(node.id())) {
                deliver(row);
            }
        }
        advanceHorizon(now);
        if (clock.millis() - lastCleanUp > CLEAN_UP_EVERY_MILLIS) {
            lastCleanUp = clock.millis();
            int deleted = jdbc.update(
                    "DELETE FROM live_event WHERE created_at < ?",
                    Timestamp.valueOf(LocalDateTime.now(clock).minus(properties.keepEvents())));
            if (deleted > 0) {
                log.debug("Live events: {} rows older than {} deleted", deleted, properties.keepEvents());
            }
        }
    }

    /** Every id up to this one has been delivered or given up (tests). */
    long horizon() {
        return horizon;
    }

    private void advanceHorizon(Instant now) {
        while (!seen.isEmpty()) {
            Map.Entry<Long, Instant> first = seen.firstEntry();
            boolean next = first.getKey() == horizon + 1;
            boolean gapGivenUp = first.getValue().plus(properties.gapGrace()).isBefore(now);
            if (!next && !gapGivenUp) {
                return;
            }
            horizon = first.getKey();
            seen.pollFirstEntry();
        }
    }

    private void deliver(Row row) {
        LiveEvent event;
        try {
            Class<?> type = Class.forName(row.type(), false, getClass().getClassLoader());
            if (!LiveEvent.class.isAssignableFrom(type) || !type.isRecord()) {
                log.warn("Live events: row {} names {}, which is no live event; skipped", row.id(), row.type());
                return;
            }
            event = (LiveEvent) LiveEventOutbox.JSON.readValue(row.payload(), type);
        } catch (ClassNotFoundException e) {
            // A node of a newer version wrote a kind of event this one does not know (a rolling update).
            log.debug("Live events: unknown event type {} in row {}", row.type(), row.id());
            return;
        } catch (java.io.IOException e) {
            log.warn("Live events: row {} of type {} cannot be read; skipped", row.id(), row.type(), e);
            return;
        }
        publisher.publishEvent(new RemoteLiveEvent(event, row.origin()));
    }

    private record Row(long id, String origin, String type, String payload) {}
}
