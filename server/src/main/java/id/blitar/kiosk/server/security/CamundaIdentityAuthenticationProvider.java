package id.blitar.kiosk.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs staff in against Camunda's identity service, where users, their salted password hashes and
 * their groups live, so that one account works for the staff screens and for Cockpit, Tasklist and
 * Admin. Every attempt — sign-in form and HTTP Basic — passes {@link SignInThrottle} first.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final SignInThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identity, SignInThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null) {
            throw new BadCredentialsException("Missing credentials");
        }
        HttpServletRequest request = currentRequest();
        throttle.attempt(username, request);
        if (!identity.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username, request);
        List<String> groups = identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, StaffRoles.authoritiesOf(groups));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
