package id.blitar.kiosk.base.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every {@link LiveEvent} into the shared {@code live_event} table in the transaction that made the
 * change (the transactional outbox pattern), so the other nodes learn of exactly the changes that were
 * committed, even when this node dies right after the commit.
 *
 * <p>The row is written just before the commit rather than when the event is published, so its id is
 * taken as late as possible and ids become visible almost in order (see {@link LiveEventRelay}). A failed
 * write fails the change, like any other write of its transaction.
 */
@Component
class LiveEventOutbox {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final ClusterNode node;
    private final Clock clock;

    LiveEventOutbox(JdbcTemplate jdbc, ClusterNode node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void record(LiveEvent event) {
        String payload;
        try {
            payload = JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Live event " + event + " cannot be written as JSON", e);
        }
        jdbc.update(
                "INSERT INTO live_event (origin, event_type, payload, created_at) VALUES (?, ?, ?, ?)",
                node.id(),
                event.getClass().getName(),
                payload,
                Timestamp.valueOf(LocalDateTime.now(clock)));
    }
}
