package id.blitar.kiosk.server.security;

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

    StaffAccountsInitializer(StaffAccounts accounts, StaffProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
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
