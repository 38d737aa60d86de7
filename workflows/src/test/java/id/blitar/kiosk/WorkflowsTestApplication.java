package id.blitar.kiosk;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The workflows module on its own: engine, JPA and services, no UI. Used by this module's *IT tests.
 * Process-test-coverage writes its HTML report to {@code target/process-test-coverage/}.
 */
@SpringBootApplication
@Import(ProcessEngineCoverageConfiguration.class)
public class WorkflowsTestApplication {}
