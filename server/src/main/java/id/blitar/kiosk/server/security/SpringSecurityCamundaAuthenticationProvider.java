package id.blitar.kiosk.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Tells Camunda's webapps who signed in through Spring Security, so staff sign in once (at
 * {@code /login}) and Cockpit, Tasklist and Admin take that account; Camunda loads the groups from
 * its identity service itself.
 *
 * <p>The account is read from the request, which Spring Security's filter chain wrapped (its
 * {@code SecurityContextHolderAwareRequestFilter}), not from the JVM-wide {@code SecurityContextHolder}:
 * that static holder is replaced by every application context that starts in the same JVM (Vaadin installs
 * its own strategy there), so it is not this application's to rely on.
 */
public class SpringSecurityCamundaAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Principal principal = request.getUserPrincipal();
        if (principal == null
                || (principal instanceof Authentication authentication
                        && (!authentication.isAuthenticated()
                                || authentication instanceof AnonymousAuthenticationToken))) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(principal.getName());
    }
}
