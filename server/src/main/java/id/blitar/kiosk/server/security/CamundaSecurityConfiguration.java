package id.blitar.kiosk.server.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import id.blitar.kiosk.base.ui.KioskI18nProvider;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Security of what Camunda serves: the engine REST API for managers only (HTTP Basic, no session),
 * and the webapps behind the staff login. These chains come before the kiosk's Vaadin chain.
 */
@Configuration
class CamundaSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, KioskI18nProvider i18n) throws Exception {
        return http.securityMatcher(antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("MANAGER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottleAwareEntryPoint("Camunda engine REST")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A stateless API authenticated on every call: no session cookie to forge requests with. But a
                // browser that once sent HTTP Basic credentials here sends them again by itself, also on a
                // "simple" cross-site POST (a multipart form deploying a model): refused by its Origin, as /api.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiSecurityConfiguration.SameOriginFilter(i18n), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/camunda/**"))
                // Managers only: with the engine's own authorization checks off, the webapps' engine API can
                // change any instance, so librarians work their tasks in the kiosk's staff screens instead.
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("MANAGER"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // Camunda's webapps carry their own CSRF protection (CsrfPreventionFilter, X-XSRF-TOKEN).
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** Single sign-on: Camunda's webapps accept the account Spring Security authenticated. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityCamundaAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // After Spring Security's filter chain, so the security context is populated.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
