package id.blitar.kiosk.server.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff groups and accounts in Camunda's identity store. Group ids are a contract: the models name
 * them as candidate groups.
 */
@Component
public class StaffAccounts {

    /** Every group the models and screens rely on, with the name Camunda Admin shows. */
    public static final Map<String, String> GROUPS = Map.of(
            StaffRoles.MANAGERS,
            "Kepala & koordinator",
            StaffRoles.LIBRARIANS,
            "Pustakawan",
            StaffRoles.CAMUNDA_ADMIN,
            "Camunda administrators",
            "membership",
            "Layanan keanggotaan",
            "reference",
            "Layanan referensi",
            "children",
            "Layanan anak & remaja",
            "digital-literacy",
            "Literasi digital",
            "duty-supervisors",
            "Supervisor jaga",
            "data-protection",
            "Pelindungan data pribadi");

    private final IdentityService identity;

    StaffAccounts(IdentityService identity) {
        this.identity = identity;
    }

    /** Creates the groups that do not exist yet; safe to run at every start. */
    @Transactional
    public void ensureGroups() {
        GROUPS.forEach((id, name) -> {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType(StaffRoles.CAMUNDA_ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
                identity.saveGroup(group);
            }
        });
    }

    public boolean exists(String username) {
        return identity.createUserQuery().userId(username).count() > 0;
    }

    public long count() {
        return identity.createUserQuery().count();
    }

    /** Creates an account; Camunda stores the password as a salted hash. */
    @Transactional
    public void create(String username, String firstName, String lastName, String password, List<String> groups) {
        User user = identity.newUser(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(password);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(username, group);
        }
    }
}
