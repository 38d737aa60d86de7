package id.blitar.kiosk.server.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * One kill -9 run on the packaged application: kiosks check in distinct members through the kiosk's HTTP
 * protocol ({@code POST /api/kiosk/scans}, one scan per request as a live kiosk sends them); once at least
 * {@code minimumAcknowledged} scans have been answered, the application is killed with SIGKILL after a
 * random further 0–{@code maxExtraMillis} ms. What survived is counted before the restart; then the
 * application starts again on the same database, every scan that was sent (acknowledged or still in flight
 * at the kill) is replayed once, as a kiosk's offline queue would, and the database is counted again.
 *
 * <p>Acknowledged = a 200 answer with a final outcome. Lost = acknowledged as RECORDED but no visit after the
 * kill. Duplicated = a member with more than one visit. Inconsistent: see {@link Census}.
 */
final class CrashRun {

    static final String MANAGER = "kepala";
    private static final String MANAGER_PASSWORD = "crash-harness-" + UUID.randomUUID();

    /** The figures of one run. */
    record Figures(
            String database,
            int sent,
            int acknowledged,
            int inFlight,
            int unexpectedOutcomes,
            int lost,
            int duplicated,
            int inconsistent,
            int missingAfterReplay,
            int duplicatedAfterReplay,
            int inconsistentAfterReplay,
            int replayAnswersNotDuplicate,
            Duration killedAfter,
            Duration restart) {

        boolean clean() {
            return lost == 0
                    && duplicated == 0
                    && inconsistent == 0
                    && unexpectedOutcomes == 0
                    && missingAfterReplay == 0
                    && duplicatedAfterReplay == 0
                    && inconsistentAfterReplay == 0
                    && replayAnswersNotDuplicate == 0;
        }

        String line() {
            return String.format(
                    "%-14s sent %4d  acknowledged %4d  in flight %2d  | after kill: lost %d  duplicated %d"
                            + "  inconsistent %d | after restart and replay: missing %d  duplicated %d"
                            + "  inconsistent %d  acknowledged not DUPLICATE on replay %d | unexpected outcomes %d"
                            + " | killed after %.1f s, restart %.0f s",
                    database,
                    sent,
                    acknowledged,
                    inFlight,
                    lost,
                    duplicated,
                    inconsistent,
                    missingAfterReplay,
                    duplicatedAfterReplay,
                    inconsistentAfterReplay,
                    replayAnswersNotDuplicate,
                    unexpectedOutcomes,
                    killedAfter.toMillis() / 1000.0,
                    restart.toMillis() / 1000.0);
        }
    }

    private record Sent(KioskClient.Scan scan, String outcome) {}

    private final FaultDatabase database;
    private final Path folder;
    private final int kiosks;
    private final int minimumAcknowledged;
    private final int maxExtraMillis;
    private final Random random;

    CrashRun(
            FaultDatabase database,
            Path folder,
            int kiosks,
            int minimumAcknowledged,
            int maxExtraMillis,
            Random random) {
        this.database = database;
        this.folder = folder;
        this.kiosks = kiosks;
        this.minimumAcknowledged = minimumAcknowledged;
        this.maxExtraMillis = maxExtraMillis;
        this.random = random;
    }

    Figures run(Path jar, Duration startTimeout) throws Exception {
        List<String> arguments = new ArrayList<>(database.appArguments());
        arguments.addAll(List.of(
                "--kiosk.demo-data.enabled=false",
                "--kiosk.staff.initial-manager-username=" + MANAGER,
                "--kiosk.staff.initial-manager-password=" + MANAGER_PASSWORD));
        PackagedApp app = new PackagedApp(jar, arguments, folder);
        KioskClient client = new KioskClient(app);
        String prefix = "CRASH-";
        // Enough members that the kiosks are still busy at the kill however late it comes.
        List<String> cards = IntStream.range(0, minimumAcknowledged * 4 + kiosks * 100)
                .mapToObj(i -> String.format("%s%05d", prefix, i))
                .toList();
        Map<UUID, Sent> sent = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        Duration killedAfter;
        Duration restart;
        try {
            app.start(startTimeout);
            client.importMembers(cards, MANAGER, MANAGER_PASSWORD);

            List<Thread> threads = new ArrayList<>();
            long begin = System.nanoTime();
            for (int k = 0; k < kiosks; k++) {
                int kiosk = k;
                Thread thread = new Thread(
                        () -> {
                            for (int i = kiosk; i < cards.size(); i += kiosks) {
                                KioskClient.Scan scan =
                                        new KioskClient.Scan(UUID.randomUUID(), cards.get(i), Instant.now());
                                try {
                                    String outcome = client.send(List.of(scan)).get(0);
                                    sent.put(scan.id(), new Sent(scan, outcome));
                                    acknowledged.incrementAndGet();
                                } catch (IOException | InterruptedException gone) {
                                    // No answer: the scan stays in the kiosk's queue (in flight) and this kiosk stops.
                                    sent.put(scan.id(), new Sent(scan, null));
                                    return;
                                }
                            }
                        },
                        "kiosk-" + k);
                thread.start();
                threads.add(thread);
            }
            while (acknowledged.get() < minimumAcknowledged) {
                if (threads.stream().noneMatch(Thread::isAlive)) {
                    throw new IllegalStateException("The kiosks stopped after " + acknowledged.get()
                            + " acknowledged scans; see the application's log in " + folder);
                }
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(maxExtraMillis + 1));
            app.kill9();
            killedAfter = Duration.ofNanos(System.nanoTime() - begin);
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (Exception e) {
            app.stop();
            throw e;
        }

        List<Sent> all = List.copyOf(sent.values());
        List<Sent> answered = all.stream().filter(s -> s.outcome() != null).toList();
        int unexpected = (int)
                answered.stream().filter(s -> !s.outcome().equals("RECORDED")).count();
        Census afterKill;
        try (Connection connection = database.afterKill()) {
            afterKill = Census.take(connection, prefix);
        }
        int lost = (int) answered.stream()
                .filter(s -> s.outcome().equals("RECORDED")
                        && afterKill.visits(s.scan().card()) == 0)
                .count();
        int duplicated = (int)
                afterKill.visitsByCard().values().stream().filter(n -> n > 1).count();

        // Restart on the same database and replay everything the kiosks sent, as their queues would.
        int notDuplicate = 0;
        Census afterReplay;
        try {
            restart = app.start(startTimeout);
            for (int from = 0; from < all.size(); from += 100) {
                List<Sent> batch = all.subList(from, Math.min(all.size(), from + 100));
                List<String> outcomes =
                        client.send(batch.stream().map(Sent::scan).toList());
                for (int i = 0; i < batch.size(); i++) {
                    Sent s = batch.get(i);
                    String outcome = outcomes.get(i);
                    boolean expected = s.outcome() != null
                            ? outcome.equals("DUPLICATE")
                            : outcome.equals("DUPLICATE") || outcome.equals("RECORDED");
                    if (!expected) {
                        notDuplicate++;
                    }
                }
            }
        } finally {
            app.stop();
        }
        try (Connection connection = database.connect()) {
            afterReplay = Census.take(connection, prefix);
        }
        int missing = (int) all.stream()
                .filter(s -> afterReplay.visits(s.scan().card()) == 0)
                .count();
        int duplicatedAfterReplay = (int)
                afterReplay.visitsByCard().values().stream().filter(n -> n > 1).count();
        return new Figures(
                database.name(),
                all.size(),
                answered.size(),
                all.size() - answered.size(),
                unexpected,
                lost,
                duplicated,
                afterKill.inconsistent(),
                missing,
                duplicatedAfterReplay,
                afterReplay.inconsistent(),
                notDuplicate,
                killedAfter,
                restart);
    }
}
