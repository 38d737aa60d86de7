package id.blitar.kiosk.question.ui;

import com.vaadin.flow.component.Component;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;

/**
 * Staff names of topics, answer channels and librarian groups. Spelled out key by key (no key built
 * from a prefix) so the translation test sees every one of them.
 */
final class Texts {

    private Texts() {}

    static String topic(Component c, Topic topic) {
        return switch (topic) {
            case BOOKS -> c.getTranslation("worklist.topic.BOOKS");
            case RESEARCH -> c.getTranslation("worklist.topic.RESEARCH");
            case DIGITAL -> c.getTranslation("worklist.topic.DIGITAL");
            case MEMBERSHIP -> c.getTranslation("worklist.topic.MEMBERSHIP");
            case CHILDREN -> c.getTranslation("worklist.topic.CHILDREN");
            case OTHER -> c.getTranslation("worklist.topic.OTHER");
        };
    }

    static String channel(Component c, Channel channel) {
        return switch (channel) {
            case WALK_IN -> c.getTranslation("worklist.channel.WALK_IN");
            case EMAIL -> c.getTranslation("worklist.channel.EMAIL");
            case PICK_UP -> c.getTranslation("worklist.channel.PICK_UP");
        };
    }

    /** A candidate group's name; an id the screen does not know is shown as it is. */
    static String group(Component c, String group) {
        return switch (group) {
            case "reference" -> c.getTranslation("worklist.group.reference");
            case "children" -> c.getTranslation("worklist.group.children");
            case "digital-literacy" -> c.getTranslation("worklist.group.digitalLiteracy");
            case "membership" -> c.getTranslation("worklist.group.membership");
            case "duty-supervisors" -> c.getTranslation("worklist.group.dutySupervisors");
            default -> group;
        };
    }
}
