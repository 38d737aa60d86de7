package id.blitar.kiosk.server.security;

import id.blitar.kiosk.base.ClusterLock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure the staff groups exist and a new installation gets its first manager. */
@Component
@Order(0)
class StaffAccountsInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffAccountsInitializer.class);

    private final StaffAccounts accounts;
    private final StaffProperties properties;
    private final ClusterLock lock;

    StaffAccountsInitializer(StaffAccounts accounts, StaffProperties properties, ClusterLock lock) {
        this.accounts = accounts;
        this.properties = properties;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Nodes started together on a new database: one creates the groups and the first manager.
        lock.runAlone("staff-accounts", Duration.ofMinutes(5), this::ensureAccounts);
    }

    private void ensureAccounts() {
        accounts.ensureGroups();
        String username = properties.initialManagerUsername();
        String password = properties.initialManagerPassword();
        if (accounts.count() == 0 && username != null && password != null && !password.isBlank()) {
            accounts.create(
                    username,
                    "Kepala",
                    "Perpustakaan",
                    password,
                    List.of(StaffRoles.MANAGERS, StaffRoles.CAMUNDA_ADMIN, "duty-supervisors"));
            log.info("Created the first manager account '{}'", username);
        }
    }
}
