package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What a visitor can switch on at any kiosk screen, for their turn only. */
public enum Accessibility {
    LARGE_TEXT("kiosk-large-text", "a11y.largeText", VaadinIcon.TEXT_HEIGHT),
    HIGH_CONTRAST("kiosk-high-contrast", "a11y.contrast", VaadinIcon.ADJUST),
    LOW_LAYOUT("kiosk-low-layout", "a11y.lowLayout", VaadinIcon.ARROW_DOWN),
    SPEECH("kiosk-speech", "a11y.speech", VaadinIcon.VOLUME_UP);

    private final String cssClass;
    private final String label;
    private final VaadinIcon icon;

    Accessibility(String cssClass, String label, VaadinIcon icon) {
        this.cssClass = cssClass;
        this.label = label;
        this.icon = icon;
    }

    public String cssClass() {
        return cssClass;
    }

    public String label() {
        return label;
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** A session-storable copy of the chosen options. */
    record Options(Set<Accessibility> set) implements Serializable {
        Options {
            set = set.isEmpty() ? EnumSet.noneOf(Accessibility.class) : EnumSet.copyOf(set);
        }
    }
}
