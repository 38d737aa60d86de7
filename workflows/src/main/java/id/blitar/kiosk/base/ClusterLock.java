package id.blitar.kiosk.base;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of start-up work on one node of a cluster at a time (ShedLock's lock table in the shared
 * database): nodes started together on an empty database would otherwise both create the first manager or
 * the demo data, and one of them would fail on a duplicate key. A node that finds the lock taken waits and
 * then runs the work itself, which must therefore check what already exists (and find it done).
 */
@Component
public class ClusterLock {

    private static final Duration RETRY = Duration.ofMillis(500);

    private final LockingTaskExecutor executor;

    ClusterLock(LockProvider locks) {
        this.executor = new DefaultLockingTaskExecutor(locks);
    }

    /**
     * Runs {@code work} once this node holds the lock {@code name}, waiting while another node holds it.
     *
     * @param atMost how long the lock is held at most should this node die while holding it
     * @throws IllegalStateException when the lock stays taken for longer than {@code atMost}
     */
    public void runAlone(String name, Duration atMost, Runnable work) {
        Instant giveUp = Instant.now().plus(atMost).plus(RETRY);
        while (true) {
            LockingTaskExecutor.TaskResult<Boolean> result;
            try {
                result = executor.executeWithLock(
                        () -> {
                            work.run();
                            return Boolean.TRUE;
                        },
                        new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (result.wasExecuted()) {
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Another node held the lock '" + name + "' for longer than " + atMost);
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the lock '" + name + "'", e);
            }
        }
    }
}
