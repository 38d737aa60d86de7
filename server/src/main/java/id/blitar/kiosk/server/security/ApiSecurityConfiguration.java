package id.blitar.kiosk.server.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import id.blitar.kiosk.base.ui.KioskI18nProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's own HTTP API ({@code /api/**}, e.g. the member import): managers only, HTTP Basic
 * on every call, no session — like the engine REST API, and before the kiosk's Vaadin chain.
 *
 * <p>There is no session cookie, but a browser that once signed in with HTTP Basic sends those credentials
 * again by itself, also on a "simple" cross-site POST (a form with multipart/form-data or text/plain). So a
 * request whose {@code Origin} (or, without one, {@code Referer}) names another site than this server is
 * refused with 403 before it is authenticated or reaches a controller. Requests without either header
 * (curl, scripts) are not affected.
 */
@Configuration
class ApiSecurityConfiguration {

    /**
     * The kiosk scan replay endpoint ({@code /api/kiosk/**}), before the managers' API: no sign-in, the
     * controller lets in paired kiosk devices by their device cookie (and this machine where {@code
     * kiosk.devices.allow-localhost} says so). No session and no CSRF token (the kiosk page has none for it);
     * a cross-site request is refused by the same origin check, and the endpoint takes JSON bodies only,
     * which a page of another site cannot send without a CORS preflight that this server never allows.
     */
    @Bean
    @Order(3)
    SecurityFilterChain kioskApiSecurity(HttpSecurity http, KioskI18nProvider i18n) throws Exception {
        return http.securityMatcher(antMatcher("/api/kiosk/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SameOriginFilter(i18n), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain apiSecurity(HttpSecurity http, KioskI18nProvider i18n) throws Exception {
        return http.securityMatcher(antMatcher("/api/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("MANAGER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottleAwareEntryPoint("Kios Pustaka API")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session cookie to forge requests with; the cached Basic credentials are guarded by the
                // same-origin check instead of a token a script could not send.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SameOriginFilter(i18n), BasicAuthenticationFilter.class)
                .build();
    }

    /** Refuses requests that a page of another site made a browser send. */
    static final class SameOriginFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(SameOriginFilter.class);

        private final KioskI18nProvider i18n;

        SameOriginFilter(KioskI18nProvider i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            String source = origin != null ? origin : request.getHeader(HttpHeaders.REFERER);
            if (source == null || sameOrigin(source, request)) {
                chain.doFilter(request, response);
                return;
            }
            log.warn("Refused {} {} sent from another site: {}", request.getMethod(), request.getRequestURI(), source);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String reason = i18n.getTranslation("api.error.crossSite", KioskI18nProvider.INDONESIAN);
            response.getWriter()
                    .write("{\"errors\":[{\"line\":0,\"column\":\"\",\"reason\":\""
                            + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}");
        }

        static boolean sameOrigin(String source, HttpServletRequest request) {
            return WebHardening.sameOrigin(source, request);
        }
    }
}
