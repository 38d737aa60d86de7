package id.blitar.kiosk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * MySQL Connector/J settings for the hot paths, applied to the connection pool whenever it talks to a
 * MySQL-protocol server (MySQL in production, MariaDB in tests), whatever profile or URL configured it.
 * A value set in the configuration ({@code spring.datasource.hikari.data-source-properties.*}) or in the
 * URL wins; these only fill in what is unset.
 *
 * <p>The settings are HikariCP's recommended MySQL configuration (its wiki, "MySQL Configuration") and
 * Connector/J's documented properties. What they save, measured with {@code bench/statements.sh} and
 * {@code bench/check-in.sh} (docs/performance.md): one check-in went from 48 to 28 statements, because
 * {@code rewriteBatchedStatements} sends the engine's flush of several rows of one table (six history
 * rows, seven variables) as one multi-row INSERT; prepared statements are parsed once per connection
 * instead of once per call; and {@code useLocalSessionState} answers the pool's and Spring's questions
 * about auto-commit and isolation from the driver's memory instead of asking the server.
 */
@Component
class MySqlConnectionSettings implements BeanPostProcessor {

    /** Property name → value, as Connector/J 8/9 spells them. */
    static final Map<String, String> SETTINGS = settings();

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cachePrepStmts", "true");
        settings.put("prepStmtCacheSize", "250");
        settings.put("prepStmtCacheSqlLimit", "2048");
        settings.put("useServerPrepStmts", "true");
        settings.put("useLocalSessionState", "true");
        settings.put("rewriteBatchedStatements", "true");
        settings.put("cacheResultSetMetadata", "true");
        settings.put("cacheServerConfiguration", "true");
        settings.put("elideSetAutoCommits", "true");
        settings.put("maintainTimeStats", "false");
        return Map.copyOf(settings);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    /** Adds the settings the pool's configuration and URL leave unset, when the URL is a MySQL one. */
    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return;
        }
        SETTINGS.forEach((name, value) -> {
            if (!pool.getDataSourceProperties().containsKey(name) && !url.contains(name + "=")) {
                pool.addDataSourceProperty(name, value);
            }
        });
    }
}
