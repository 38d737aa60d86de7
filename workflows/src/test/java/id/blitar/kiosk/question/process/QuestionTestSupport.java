package id.blitar.kiosk.question.process;

import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.service.NewQuestion;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff, groups and opening hours the question tests need, created once per database. */
final class QuestionTestSupport {

    static final String REFERENCE_LIBRARIAN = "it-rujukan";
    static final String SECOND_REFERENCE_LIBRARIAN = "it-rujukan2";
    static final String CHILDREN_LIBRARIAN = "it-anak";
    static final String SUPERVISOR = "it-supervisor";

    private QuestionTestSupport() {}

    static void ensureStaff(IdentityService identity) {
        for (String group :
                List.of("reference", "children", "digital-literacy", "membership", "duty-supervisors", "managers")) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                var g = identity.newGroup(group);
                g.setName(group);
                identity.saveGroup(g);
            }
        }
        user(identity, REFERENCE_LIBRARIAN, "reference", "digital-literacy");
        user(identity, SECOND_REFERENCE_LIBRARIAN, "reference");
        user(identity, CHILDREN_LIBRARIAN, "children");
        user(identity, SUPERVISOR, "duty-supervisors");
    }

    private static void user(IdentityService identity, String id, String... groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var u = identity.newUser(id);
            u.setFirstName(id);
            u.setPassword("secret-" + id);
            identity.saveUser(u);
            for (String g : groups) {
                identity.createMembership(id, g);
            }
        }
    }

    /** Opening hours from midnight to the last second of every day, so "the library is open" holds. */
    static void openAllDay(JdbcTemplate jdbc) {
        jdbc.update("update opening_hours set opens_at = '00:00:00', closes_at = '23:59:59', closed = false");
    }

    static void restoreOpeningHours(JdbcTemplate jdbc) {
        jdbc.update(
                "update opening_hours set opens_at = '08:00:00', closes_at = '20:00:00', closed = false where day_of_week <= 5");
        jdbc.update(
                "update opening_hours set opens_at = '08:00:00', closes_at = '15:00:00', closed = false where day_of_week > 5");
    }

    static NewQuestion walkIn(Topic topic, String text) {
        return new NewQuestion(topic, text, null, Channel.WALK_IN, null, "Kios referensi");
    }

    static NewQuestion byEmail(Topic topic, String text, String email) {
        return new NewQuestion(topic, text, null, Channel.EMAIL, email, "Kios referensi");
    }

    static NewQuestion forPickUp(Topic topic, String text) {
        return new NewQuestion(topic, text, null, Channel.PICK_UP, null, "Kios referensi");
    }
}
