package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A single choice as a row of big toggle buttons with an icon each: one tap, nothing to open or
 * scroll, readable for visitors who read little. The selected button is announced with
 * {@code aria-pressed}.
 */
public class ChoiceGroup<T> extends Div {

    private final Map<T, Button> buttons = new LinkedHashMap<>();
    private T value;
    private Consumer<T> listener = v -> {};

    public ChoiceGroup(String id, String label, Map<T, VaadinIcon> options, Function<T, String> caption) {
        this(id, label, options, caption, false);
    }

    /**
     * @param pictures whether each option shows a large picture (64 px) above its words, for choices a visitor
     *     recognises by the picture (a child, an older person) rather than by reading
     */
    public ChoiceGroup(
            String id, String label, Map<T, VaadinIcon> options, Function<T, String> caption, boolean pictures) {
        setId(id);
        addClassName("kiosk-choice-group");
        Span heading = new Span(label);
        heading.addClassName("kiosk-choice-label");
        heading.setId(id + "-label");
        Div grid = new Div();
        grid.addClassName("kiosk-choices");
        if (options.size() == 4) {
            grid.addClassName("kiosk-choices-4");
        } else if (options.size() % 3 == 0) {
            // Three (or six) options fill whole rows of three on a form that must fit one screen.
            grid.addClassName("kiosk-choices-3");
        }
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-labelledby", id + "-label");
        options.forEach((option, icon) -> {
            Button button = pictures
                    ? pictureButton(icon, caption.apply(option))
                    : new Button(caption.apply(option), icon.create());
            button.setId(id + "-" + option.toString().toLowerCase(java.util.Locale.ROOT));
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(e -> select(option));
            buttons.put(option, button);
            grid.add(button);
        });
        add(heading, grid);
    }

    /** The picture above the words, both in the button's label (a button's icon slot sits beside the words). */
    private static Button pictureButton(VaadinIcon icon, String text) {
        Icon picture = icon.create();
        picture.addClassName("kiosk-choice-icon");
        Div inner = new Div(picture, new Span(text));
        inner.addClassName("kiosk-choice-picture");
        Button button = new Button();
        button.getElement().appendChild(inner.getElement());
        return button;
    }

    public void select(T option) {
        value = option;
        buttons.forEach((o, b) -> b.getElement().setAttribute("aria-pressed", String.valueOf(o.equals(option))));
        listener.accept(option);
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public void onChange(Consumer<T> listener) {
        this.listener = listener;
    }
}
