package id.blitar.kiosk.server.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Signs staff in against Camunda's identity service, where users, their salted password hashes and
 * their groups live, so that one account works for the staff screens and for Cockpit, Tasklist and
 * Admin.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null) {
            throw new BadCredentialsException("Missing credentials");
        }
        if (!identity.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<String> groups = identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, StaffRoles.authoritiesOf(groups));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
