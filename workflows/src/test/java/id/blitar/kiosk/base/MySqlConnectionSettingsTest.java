package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class MySqlConnectionSettingsTest {

    @Test
    void fillsInTheSettingsForAMySqlUrl() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:mysql://127.0.0.1:3306/kiosk?sendFractionalSeconds=false");

        MySqlConnectionSettings.apply(pool);

        assertThat(pool.getDataSourceProperties())
                .containsEntry("rewriteBatchedStatements", "true")
                .containsEntry("cachePrepStmts", "true")
                .containsEntry("useLocalSessionState", "true")
                .hasSize(MySqlConnectionSettings.SETTINGS.size());
    }

    @Test
    void leavesWhatTheConfigurationOrTheUrlSaysAlone() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:mysql://db:3306/kiosk?useServerPrepStmts=false");
        pool.addDataSourceProperty("connectTimeout", "3000");
        pool.addDataSourceProperty("rewriteBatchedStatements", "false");

        MySqlConnectionSettings.apply(pool);

        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "3000")
                .containsEntry("rewriteBatchedStatements", "false")
                .doesNotContainKey("useServerPrepStmts")
                .containsEntry("cachePrepStmts", "true");
    }

    @Test
    void touchesNoOtherDatabase() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:./data/kiosk-pustaka;WRITE_DELAY=0");

        MySqlConnectionSettings.apply(pool);

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }
}
