package id.blitar.kiosk.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.question.service.QuestionEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox on the MySQL-protocol test database: a change committed here reaches a second
 * node's relay (built beside this context, as another node would read the same table), a rolled-back change
 * reaches nobody, an id that becomes visible after a higher one is still delivered, and a gap is given up
 * only after the grace period.
 */
class LiveEventRelayIT extends DatabaseIT {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ClusterNode thisNode;

    @Autowired
    Clock clock;

    private final List<RemoteLiveEvent> received = new CopyOnWriteArrayList<>();

    /** The other node's clock, moved by the test instead of waiting. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovableClock otherClock = new MovableClock();

    private LiveEventRelay otherNode(Duration gapGrace) {
        ApplicationEventPublisher capture = event -> {
            if (event instanceof RemoteLiveEvent remote) {
                received.add(remote);
            }
        };
        LiveEventRelay relay = new LiveEventRelay(
                jdbc, capture, new ClusterNode(), new ClusterProperties(null, gapGrace, null), otherClock);
        relay.poll(); // starts at the newest row, as a node that starts now
        return relay;
    }

    @BeforeEach
    void clear() {
        received.clear();
    }

    @Test
    void shouldBringACommittedChangeToTheOtherNodeOnce() {
        LiveEventRelay other = otherNode(Duration.ofSeconds(30));
        QuestionEvent asked = new QuestionEvent(4711, QuestionEvent.Kind.ASKED, "reference", true);
        transactions.executeWithoutResult(tx -> events.publishEvent(asked));

        other.poll();
        other.poll();

        assertThat(received.stream().filter(r -> r.event().equals(asked)))
                .containsExactly(new RemoteLiveEvent(asked, thisNode.id()));
    }

    @Test
    void shouldSendNothingForARolledBackChange() {
        LiveEventRelay other = otherNode(Duration.ofSeconds(30));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new QuestionEvent(4712, QuestionEvent.Kind.CALLED, "reference", true));
            tx.setRollbackOnly();
        });

        other.poll();

        assertThat(received).noneMatch(r -> r.event() instanceof QuestionEvent q && q.questionId() == 4712);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM live_event WHERE payload LIKE '%\"questionId\":4712,%'", Long.class))
                .isZero();
    }

    @Test
    void shouldDeliverAnIdThatBecomesVisibleAfterAHigherOne() {
        LiveEventRelay other = otherNode(Duration.ofSeconds(30));
        long base = newest() + 1000;
        insert(base + 2, new QuestionEvent(2, QuestionEvent.Kind.ASKED, "reference", false));
        other.poll();
        // The transaction holding the lower id commits later.
        insert(base + 1, new QuestionEvent(1, QuestionEvent.Kind.ASKED, "reference", false));
        other.poll();

        List<RemoteLiveEvent> mine =
                received.stream().filter(r -> r.origin().equals("another-node")).toList();
        assertThat(mine)
                .extracting(r -> ((QuestionEvent) r.event()).questionId())
                .containsExactly(2L, 1L);
    }

    @Test
    void shouldPassAGapOnlyAfterTheGrace() {
        LiveEventRelay waiting = otherNode(Duration.ofSeconds(30));
        LiveEventRelay impatient = otherNode(Duration.ofMillis(1));
        long start = newest();
        long base = start + 1000;
        insert(base, new QuestionEvent(3, QuestionEvent.Kind.ROUTED, "reference", false));
        waiting.poll();
        impatient.poll();
        otherClock.advance(Duration.ofMillis(20));
        waiting.poll();
        impatient.poll();

        assertThat(waiting.horizon())
                .as("waits for the missing ids below %s", base)
                .isLessThan(base);
        assertThat(impatient.horizon()).isEqualTo(base);
        assertThat(received.stream().filter(r -> r.origin().equals("another-node")))
                .hasSize(2);
    }

    @Test
    void shouldSkipRowsThatAreNoLiveEvent() {
        LiveEventRelay other = otherNode(Duration.ofSeconds(30));
        jdbc.update(
                "INSERT INTO live_event (origin, event_type, payload, created_at) VALUES (?, ?, ?, ?)",
                "another-node",
                "java.lang.ProcessBuilder",
                "{\"command\":[\"rm\"]}",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(clock)));
        jdbc.update(
                "INSERT INTO live_event (origin, event_type, payload, created_at) VALUES (?, ?, ?, ?)",
                "another-node",
                "id.blitar.kiosk.base.live.NoSuchEvent",
                "{}",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(clock)));

        other.poll();

        assertThat(received).noneMatch(r -> r.origin().equals("another-node"));
    }

    private long newest() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM live_event", Long.class);
        return max == null ? 0 : max;
    }

    private void insert(long id, QuestionEvent event) {
        try {
            jdbc.update(
                    "INSERT INTO live_event (id, origin, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                    id,
                    "another-node",
                    QuestionEvent.class.getName(),
                    LiveEventOutbox.JSON.writeValueAsString(event),
                    java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(clock)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
