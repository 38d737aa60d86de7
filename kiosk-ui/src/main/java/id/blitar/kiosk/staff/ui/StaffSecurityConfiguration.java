package id.blitar.kiosk.staff.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may open which screen: kiosk views are public (annotated {@code @AnonymousAllowed}), staff and
 * manager views need a sign-in at {@code /login}. Camunda's own paths are secured by the server
 * module's chains, which come first.
 */
@EnableWebSecurity
@Configuration
class StaffSecurityConfiguration extends VaadinWebSecurity {

    private final StaffSessionProperties session;

    StaffSecurityConfiguration(StaffSessionProperties session) {
        this.session = session;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/styles/**",
                        "/icons/**",
                        "/images/**",
                        // The kiosk's scan listener runs on public kiosk screens, before anyone signs in.
                        "/scripts/kiosk-scan.js",
                        "/actuator/health/**",
                        "/actuator/health",
                        "/error")
                .permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
        // Staff who sign in without having asked for a page land on their worklist, not on the kiosk.
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                // A staff session ends after this much idleness (Vaadin's closeIdleSessions counts only
                // clicks and typing); kiosk sessions keep the server's default.
                request.getSession()
                        .setMaxInactiveInterval((int) session.idleTimeout().toSeconds());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        success.setDefaultTargetUrl("/staff");
        // Too many failures: the sign-in page says how long to wait instead of "wrong password".
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                if (exception instanceof SignInThrottledException throttled) {
                    getRedirectStrategy()
                            .sendRedirect(request, response, "/login?throttled=" + throttled.retryAfterSeconds());
                } else {
                    super.onAuthenticationFailure(request, response, exception);
                }
            }
        };
        http.formLogin(form -> form.successHandler(success).failureHandler(failure));
    }
}
