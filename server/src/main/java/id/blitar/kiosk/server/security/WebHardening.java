package id.blitar.kiosk.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.RequestContextFilter;

/**
 * What every response carries and every request must be, before any security chain or servlet sees it:
 * the security headers (one Content-Security-Policy for the application's pages, Referrer-Policy and
 * nosniff everywhere; Camunda's webapps keep their own policy), sign-in forms only from this site (login
 * CSRF), and 400 instead of 500 for requests the firewall refuses ({@code /camunda/%2e%2e/…}).
 */
@Configuration
class WebHardening {

    /**
     * The tightest policy the pages work with (proved by {@code ContentSecurityPolicyBrowserIT} on the
     * kiosk, the worklist, the models editor and the dashboard): everything from this server only; Vaadin
     * Flow's client needs inline bootstrap script and {@code eval} for {@code executeJs}, and Lumo,
     * bpmn-js and ECharts set inline styles; images may be data: URIs (bpmn-js icons, QR codes as data);
     * no plugins, no framing by another site, forms post here only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "media-src 'self' blob:; "
            + "worker-src 'self' blob:; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        // Spring Security's default rethrows, which ends as a 500 with a stack trace in the log.
        return new HttpStatusRequestRejectedHandler();
    }

    /**
     * Spring Security's firewall, first of all filters: Spring's request-path filter runs before Spring
     * Security's own firewall and fails with a 500 on a path Tomcat normalised
     * ({@code /camunda/%2e%2e/engine-rest/…} is dispatched to {@code /engine-rest}). Refused here with 400.
     */
    @Bean
    FilterRegistrationBean<FirewallFilter> firewall() {
        FilterRegistrationBean<FirewallFilter> registration = new FilterRegistrationBean<>(new FirewallFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The current request for the sign-in provider and listener ({@link SignInThrottle} needs the client's
     * address and cookies); Spring MVC's own is not registered in this application.
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> signInRequestContext() {
        FilterRegistrationBean<RequestContextFilter> registration =
                new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SignInOriginFilter> signInOrigin() {
        FilterRegistrationBean<SignInOriginFilter> registration =
                new FilterRegistrationBean<>(new SignInOriginFilter());
        registration.addUrlPatterns("/login");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    static final class FirewallFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(FirewallFilter.class);
        private final StrictHttpFirewall firewall = new StrictHttpFirewall();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                firewall.getFirewalledRequest(request);
            } catch (RequestRejectedException e) {
                log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Adds the headers before the response is written, so error pages carry them too. */
    static final class SecurityHeadersFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Content-Type-Options", "nosniff");
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            // Camunda's webapps send their own nonce-based policy (HeaderSecurityFilter); a second one would
            // only be intersected with it.
            if (!path.startsWith("/camunda/")) {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Login CSRF: a page of another site could post the attacker's user name and password to
     * {@code /login} and so sign the victim's browser in as the attacker (Vaadin's login form sends no CSRF
     * token, so Vaadin's security configuration exempts {@code /login} from the token check). A browser
     * names the page that sends a form in {@code Origin} (or {@code Referer}); a POST whose origin is another
     * site, or {@code null}, is refused with 403. Requests without either header cannot come from another
     * site's page in a browser.
     */
    static final class SignInOriginFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(SignInOriginFilter.class);

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equalsIgnoreCase(request.getMethod())) {
                String origin = request.getHeader(HttpHeaders.ORIGIN);
                String source = origin != null ? origin : request.getHeader(HttpHeaders.REFERER);
                boolean crossSite = "cross-site".equals(request.getHeader("Sec-Fetch-Site"));
                if (crossSite || (source != null && !sameOrigin(source, request))) {
                    log.warn("Refused a sign-in posted from another site: {}", source);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }

    /** Whether scheme, host and port of the header's URL are this server's, as the request reached it. */
    static boolean sameOrigin(String source, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(source.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            // Also Origin: null, sent from sandboxed frames and some redirects.
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(scheme, uri.getPort()) == port(scheme, request.getServerPort());
    }

    private static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }
}
