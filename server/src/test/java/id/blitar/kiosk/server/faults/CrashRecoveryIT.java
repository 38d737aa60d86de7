package id.blitar.kiosk.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's short form in the build: the packaged application is killed with SIGKILL while six kiosks check
 * in distinct members over the kiosk's HTTP protocol, at a random moment after the 100th acknowledged
 * check-in; nothing acknowledged may be lost, nothing doubled, no visit without its process instance or the
 * reverse — also after a restart and a replay of every scan the kiosks sent. One run per database: the
 * embedded default (H2 file) and the tests' MySQL-protocol database. The repeated runs with their figures
 * are {@code bench/faults/kill9.sh}.
 */
class CrashRecoveryIT {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void shouldLoseNothingAcknowledgedWhenTheEmbeddedDefaultIsKilled() throws Exception {
        CrashRun.Figures figures = run(FaultDatabase.h2(folder, false));

        assertClean(figures);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void shouldLoseNothingAcknowledgedWhenTheApplicationOnMySqlIsKilled() throws Exception {
        CrashRun.Figures figures = run(FaultDatabase.mysql(folder, "kiosk_crash_recovery"));

        assertClean(figures);
    }

    private CrashRun.Figures run(FaultDatabase database) throws Exception {
        CrashRun.Figures figures = new CrashRun(database, folder, 6, 100, 1500, new Random())
                .run(PackagedApp.defaultJar(), Duration.ofMinutes(6)); // 280–370 s seen on a 2-core machine at load 18
        System.out.println("CrashRecoveryIT " + figures.line());
        return figures;
    }

    private static void assertClean(CrashRun.Figures figures) {
        assertThat(figures.acknowledged()).as("acknowledged check-ins").isGreaterThanOrEqualTo(100);
        assertThat(figures.unexpectedOutcomes())
                .as("outcomes other than RECORDED for new members")
                .isZero();
        assertThat(figures.lost()).as("acknowledged but lost at the kill").isZero();
        assertThat(figures.duplicated())
                .as("members with two visits after the kill")
                .isZero();
        assertThat(figures.inconsistent())
                .as("visits and process instances apart after the kill")
                .isZero();
        assertThat(figures.missingAfterReplay())
                .as("sent scans without a visit after the replay")
                .isZero();
        assertThat(figures.duplicatedAfterReplay())
                .as("members with two visits after the replay")
                .isZero();
        assertThat(figures.inconsistentAfterReplay())
                .as("visits and process instances apart after the replay")
                .isZero();
        assertThat(figures.replayAnswersNotDuplicate())
                .as("replayed acknowledged scans not answered DUPLICATE")
                .isZero();
    }
}
