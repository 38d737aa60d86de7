package id.blitar.kiosk.base;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole domain, in the library's zone, so tests can move time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LibraryProperties.class)
class TimeConfiguration {

    @Bean
    Clock clock(LibraryProperties library) {
        return Clock.system(library.zone());
    }
}
