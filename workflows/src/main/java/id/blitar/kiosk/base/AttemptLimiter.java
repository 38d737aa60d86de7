package id.blitar.kiosk.base;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attempts per key (a client address, an account) in token buckets (Bucket4j): {@code capacity} attempts at
 * once, then one more every {@code period / capacity}. An attempt takes its token before it is checked,
 * so parallel attempts cannot slip past the limit; one that succeeds gives it back, so only failures
 * count. Keys are held in memory (per node), the least recently used dropped past {@code maxKeys}.
 */
public final class AttemptLimiter {

    /** The outcome of asking for an attempt: allowed, or the seconds until the next one is. */
    public record Attempt(boolean allowed, long retryAfterSeconds) {}

    private final long capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets;

    public AttemptLimiter(long capacity, Duration period, int maxKeys) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("capacity ≥ 1 and a positive period, got " + capacity + ", " + period);
        }
        this.capacity = capacity;
        this.period = period;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one attempt for {@code key}; refused when the bucket is empty. */
    public Attempt tryAttempt(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Attempt(true, 0);
        }
        return new Attempt(false, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** Gives an attempt back (it succeeded, or another limit refused it before it was tried). */
    public void refund(String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.get(key);
        }
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** Forgets every key. */
    public void reset() {
        synchronized (buckets) {
            buckets.clear();
        }
    }

    private Bucket bucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(
                    key,
                    k -> Bucket.builder()
                            .addLimit(Bandwidth.builder()
                                    .capacity(capacity)
                                    .refillGreedy(capacity, period)
                                    .build())
                            .build());
        }
    }
}
