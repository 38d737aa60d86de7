package id.blitar.kiosk;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The workflows module on its own: engine, JPA and services, no UI. Used by this module's *IT tests. */
@SpringBootApplication
@Import(ProcessEngineCoverageConfiguration.class)
public class WorkflowsTestApplication {

    /** Every process test class must walk every element and flow of the models it touches. */
    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .assertClassCoverageAtLeast(1.0)
                .build();
    }
}
