package id.blitar.kiosk.server.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How Camunda groups become Spring Security authorities. The groups are the one store of who is who:
 * the same ids are candidate groups in the models, roles in the web application and groups in
 * Camunda's own webapps.
 */
public final class StaffRoles {

    public static final String MANAGERS = "managers";
    public static final String LIBRARIANS = "librarians";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private StaffRoles() {}

    /** Managers get ROLE_MANAGER, librarians ROLE_LIBRARIAN; every group also becomes GROUP_&lt;id&gt;. */
    public static Collection<GrantedAuthority> authoritiesOf(List<String> groupIds) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String group : groupIds) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
            if (MANAGERS.equals(group) || CAMUNDA_ADMIN.equals(group)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_MANAGER"));
            }
            if (LIBRARIANS.equals(group)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_LIBRARIAN"));
            }
        }
        return authorities.stream().distinct().toList();
    }
}
