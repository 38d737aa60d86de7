package id.blitar.kiosk.server.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application's own HTTP API ({@code /api/**}, e.g. the member import): managers only, HTTP Basic
 * on every call, no session — like the engine REST API, and before the kiosk's Vaadin chain.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/api/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("MANAGER"))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless and authenticated on every call: no session cookie to forge requests with.
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
