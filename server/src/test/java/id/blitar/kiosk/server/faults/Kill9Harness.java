package id.blitar.kiosk.server.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints the figures of repeated kill -9 runs ({@link CrashRun}) on the packaged application. Not a test:
 * {@code bench/faults/kill9.sh} runs it; {@code CrashRecoveryIT} is the short form in the build.
 *
 * <p>Arguments: database ({@code h2}, the embedded default as shipped; {@code mariadb}, the tests' database
 * server; {@code h2-write-delay}, H2 with its 500 ms write delay as before issue 14, to see the harness find
 * losses), runs (5), kiosks (6), minimum acknowledged scans before the kill (100), the random extra time
 * before the kill in ms (3000). Exits with 1 when any run lost, doubled or half-wrote a scan.
 */
public final class Kill9Harness {

    private Kill9Harness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int kiosks = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int minimum = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int extraMillis = args.length > 4 ? Integer.parseInt(args[4]) : 3000;
        Random random = new Random();
        List<CrashRun.Figures> all = new ArrayList<>();
        System.out.printf(
                "kill -9 harness: %s, %d runs, %d kiosks, kill at a random moment %d–%d ms after the %dth"
                        + " acknowledged check-in (%d cores)%n",
                database,
                runs,
                kiosks,
                0,
                extraMillis,
                minimum,
                Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            Path folder = Files.createTempDirectory("kill9-" + database + "-");
            FaultDatabase db = switch (database) {
                case "h2" -> FaultDatabase.h2(folder, false);
                case "h2-write-delay" -> FaultDatabase.h2(folder, true);
                case "mariadb", "mysql" ->
                    FaultDatabase.mysql(folder, "kiosk_kill_" + "abcdefghijklmnopqrstuvwxyz".charAt((run - 1) % 26));
                default -> throw new IllegalArgumentException("h2, mariadb or h2-write-delay, not " + database);
            };
            CrashRun.Figures figures = new CrashRun(db, folder, kiosks, minimum, extraMillis, random)
                    .run(PackagedApp.defaultJar(), Duration.ofMinutes(10));
            all.add(figures);
            System.out.printf("run %d  %s   (logs: %s)%n", run, figures.line(), folder);
        }
        System.out.printf(
                "%nTotal on %s: %d runs, %d acknowledged, %d lost, %d duplicated, %d inconsistent after the kill;"
                        + " after restart and replay %d missing, %d duplicated, %d inconsistent%n",
                database,
                all.size(),
                all.stream().mapToInt(CrashRun.Figures::acknowledged).sum(),
                all.stream().mapToInt(CrashRun.Figures::lost).sum(),
                all.stream().mapToInt(CrashRun.Figures::duplicated).sum(),
                all.stream().mapToInt(CrashRun.Figures::inconsistent).sum(),
                all.stream().mapToInt(CrashRun.Figures::missingAfterReplay).sum(),
                all.stream().mapToInt(CrashRun.Figures::duplicatedAfterReplay).sum(),
                all.stream().mapToInt(CrashRun.Figures::inconsistentAfterReplay).sum());
        System.exit(all.stream().allMatch(CrashRun.Figures::clean) ? 0 : 1);
    }
}
