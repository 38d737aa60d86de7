package id.blitar.kiosk;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The workflows module on its own: engine, JPA and services, no UI. Used by this module's *IT tests; each
 * process test checks with {@link id.blitar.kiosk.base.ModelCoverage} that it walked every element of its
 * model.
 */
@SpringBootApplication
public class WorkflowsTestApplication {}
