package id.blitar.kiosk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kios Pustaka: one JVM holding the Camunda engine, the Vaadin kiosk and staff screens, and the JPA
 * layer, sharing one transaction manager. Lives in the root package so every module's features are
 * scanned.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KioskApplication {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
