package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Stream;

/**
 * A greeting on a public screen by a person's call name (nama panggilan), or without a name when they have none
 * that may be shown: the bundle key {@code key} takes the name as its first argument, {@code key + ".anonymous"}
 * the same text without it.
 */
public final class Greeting {

    private Greeting() {}

    /**
     * @param callName the name to greet by, null to greet without a name
     * @param more the key's further arguments, after the name
     */
    public static String of(Component from, String key, String callName, Object... more) {
        if (callName == null || callName.isBlank()) {
            return from.getTranslation(key + ".anonymous", more);
        }
        return from.getTranslation(
                key, Stream.concat(Stream.of(callName), Stream.of(more)).toArray());
    }
}
