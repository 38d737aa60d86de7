package id.blitar.kiosk.base;

import id.blitar.kiosk.WorkflowsTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of this module's integration tests: the whole workflows context on the MySQL-protocol test database. */
@SpringBootTest(classes = WorkflowsTestApplication.class)
public abstract class DatabaseIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "kiosk_it_workflows");
    }
}
