package id.blitar.kiosk.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

/**
 * The MySQL-protocol database integration tests run against.
 *
 * <p>Where a Docker engine exists, a Testcontainers {@code mysql:8.4} is started once per JVM. Where
 * none exists (these build machines, CI), the local MariaDB is used: {@code KIOSK_TEST_DB_URL}
 * (default {@code jdbc:mysql://127.0.0.1:3306/}), {@code KIOSK_TEST_DB_USER} (default {@code root})
 * and {@code KIOSK_TEST_DB_PASSWORD} (default empty). Each schema is dropped and created afresh the
 * first time a JVM asks for it, so runs never see each other's rows. There is no skipping: if neither
 * is reachable, the tests fail.
 */
public final class TestDatabase {

    private static final String OPTIONS =
            "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true";
    private static final Set<String> prepared = new HashSet<>();
    private static MySQLContainer<?> container;
    private static Boolean docker;

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

    /** Where the tests' database server is. */
    public record Server(String baseUrl, String user, String password) {}

    public static synchronized Server server() {
        if (docker == null) {
            docker = System.getenv("KIOSK_TEST_DB_URL") == null && dockerAvailable();
        }
        if (docker) {
            if (container == null) {
                container =
                        new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword("test");
                container.start();
            }
            String url = container.getJdbcUrl();
            return new Server(url.substring(0, url.lastIndexOf('/') + 1), "root", "test");
        }
        return new Server(
                env("KIOSK_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/"),
                env("KIOSK_TEST_DB_USER", "root"),
                env("KIOSK_TEST_DB_PASSWORD", ""));
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
                    "No test database at " + server.baseUrl() + ": start MariaDB (see README) or Docker", e);
        }
        prepared.add(schema);
    }

    private static boolean dockerAvailable() {
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
