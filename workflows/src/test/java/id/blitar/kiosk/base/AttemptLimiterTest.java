package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    @Test
    void shouldAllowTheCapacityThenTellHowLongToWait() {
        AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(3), 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAttempt("10.0.0.1").allowed()).isTrue();
        }
        AttemptLimiter.Attempt refused = limiter.tryAttempt("10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(limiter.tryAttempt("10.0.0.2").allowed()).as("another key").isTrue();
    }

    @Test
    void shouldGiveBackTheAttemptsThatSucceeded() {
        AttemptLimiter limiter = new AttemptLimiter(2, Duration.ofHours(1), 100);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAttempt("a").allowed()).isTrue();
            limiter.refund("a");
        }
        assertThat(limiter.tryAttempt("a").allowed()).isTrue();
        assertThat(limiter.tryAttempt("a").allowed()).isTrue();
        assertThat(limiter.tryAttempt("a").allowed()).isFalse();
    }

    @Test
    void shouldNeverAllowMoreThanTheCapacityFromParallelAttempts() throws Exception {
        AttemptLimiter limiter = new AttemptLimiter(10, Duration.ofHours(1), 100);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> {
                    if (limiter.tryAttempt("x").allowed()) {
                        allowed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(allowed).hasValue(10);
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedKeysPastTheMaximum() {
        AttemptLimiter limiter = new AttemptLimiter(1, Duration.ofHours(1), 2);
        limiter.tryAttempt("a");
        limiter.tryAttempt("b");
        limiter.tryAttempt("c");
        assertThat(limiter.tryAttempt("a").allowed()).as("a was dropped").isTrue();
        assertThat(limiter.tryAttempt("c").allowed()).isFalse();
    }
}
