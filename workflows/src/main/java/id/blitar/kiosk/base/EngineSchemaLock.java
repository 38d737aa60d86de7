package id.blitar.kiosk.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time create or update Camunda's tables. Camunda 7 takes no lock for its schema operations,
 * so two nodes started together on an empty database both create the tables and one fails ("Table
 * 'ACT_RE_DECISION_DEF' already exists", found by {@code ClusterIT}). This plugin holds the database's named
 * lock ({@code GET_LOCK}, MySQL and MariaDB) from before the engine is built — when it creates or updates its
 * tables — until it is built: the other node waits, then finds the tables there. On other databases (the
 * embedded H2, always one node) it does nothing.
 */
@Component
class EngineSchemaLock implements ProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineSchemaLock.class);

    /** The named lock, one per database server. */
    static final String LOCK = "kiosk_pustaka_camunda_schema";

    /** How long a node waits for another node's engine to be built, in seconds. */
    static final int WAIT_SECONDS = 300;

    private final DataSource dataSource;
    private Connection held;

    EngineSchemaLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                connection.close();
                return;
            }
            try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                lock.setString(1, LOCK);
                lock.setInt(2, WAIT_SECONDS);
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        connection.close();
                        throw new IllegalStateException("Another node held the engine schema lock for more than "
                                + WAIT_SECONDS + " s; start this node again");
                    }
                }
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the engine schema lock", e);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Connection connection = held;
        held = null;
        if (connection == null) {
            return;
        }
        try (connection;
                PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, LOCK);
            release.execute();
        } catch (SQLException e) {
            // Closing the connection ends its session, which releases the lock anyway.
            log.warn("Could not release the engine schema lock: {}", e.getMessage());
        }
    }
}
