package id.blitar.kiosk.staff.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in staff member's Camunda groups, which Spring Security holds as {@code GROUP_<id>} authorities. */
public final class StaffGroups {

    private static final String PREFIX = "GROUP_";

    private StaffGroups() {}

    public static List<String> of(AuthenticationContext authentication) {
        return authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length()))
                .toList();
    }
}
