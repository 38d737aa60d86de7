package id.blitar.kiosk.staff.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Who may open which screen: kiosk views are public (annotated {@code @AnonymousAllowed}), staff and
 * manager views need a sign-in at {@code /login}. Camunda's own paths are secured by the server
 * module's chains, which come first.
 */
@EnableWebSecurity
@Configuration
class StaffSecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/styles/**", "/icons/**", "/images/**", "/actuator/health/**", "/actuator/health", "/error")
                .permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
        // Staff who sign in without having asked for a page land on their worklist, not on the kiosk.
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/staff");
        http.formLogin(form -> form.successHandler(success));
    }
}
