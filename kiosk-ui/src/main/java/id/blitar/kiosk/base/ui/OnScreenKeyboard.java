package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import id.blitar.kiosk.base.InputCheck;

/**
 * An on-screen keyboard for kiosks without a physical one, typing into one field. Keys are at least
 * 84 px; the layout follows the QWERTY keyboards Indonesian visitors know from phones, with the
 * punctuation each kind of field needs.
 */
public class OnScreenKeyboard extends Div {

    /** What is typed: decides the keys, the space bar, capitals and the length limit. */
    public enum Layout {
        /** Card numbers: capitals, digits, no space. */
        CARD("ZXCVBNM.'/", false, InputCheck.MAX_LENGTH),
        /** Names and institutions: each word starts with a capital. */
        NAME("ZXCVBNM.'/", true, InputCheck.MAX_LENGTH),
        /** Sentences in the visitor's own words: a capital at the start of each sentence. */
        TEXT("ZXCVBNM,.?", true, InputCheck.MAX_QUESTION_LENGTH),
        /** E-mail addresses: lower case, with @ and the characters addresses use. */
        EMAIL("ZXCVBNM._@", false, 200);

        private final String lastRow;
        private final boolean space;
        private final int maxLength;

        Layout(String lastRow, boolean space, int maxLength) {
            this.lastRow = lastRow;
            this.space = space;
            this.maxLength = maxLength;
        }
    }

    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL-"};

    private final HasValue<?, String> target;
    private final Layout layout;
    private Runnable onEnter = () -> {};

    /**
     * @param target the field the keys type into
     * @param withSpace whether a space bar is offered (names, institutions) or not (card numbers)
     */
    public <F extends Component & HasValue<?, String>> OnScreenKeyboard(F target, boolean withSpace) {
        this(target, withSpace ? Layout.NAME : Layout.CARD);
    }

    public <F extends Component & HasValue<?, String>> OnScreenKeyboard(F target, Layout layout) {
        this.target = target;
        this.layout = layout;
        addClassName("kiosk-keyboard");
        setId(target.getId().orElse("field") + "-keyboard");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("keyboard.aria"));
        String[] rows = {ROWS[0], ROWS[1], ROWS[2], layout.lastRow};
        boolean lowerCase = layout != Layout.CARD;
        for (String row : rows) {
            Div line = new Div();
            line.addClassName("kiosk-keyboard-row");
            for (char key : row.toCharArray()) {
                String text = String.valueOf(key);
                Button button = new Button(text, e -> type(lowerCase ? text.toLowerCase() : text));
                button.getElement().setAttribute("aria-label", text);
                button.addClassName("kiosk-key");
                line.add(button);
            }
            add(line);
        }
        Div last = new Div();
        last.addClassName("kiosk-keyboard-row");
        Button backspace = wide(getTranslation("keyboard.backspace"), this::backspace);
        backspace.setId(getId().orElseThrow() + "-backspace");
        Button clear = wide(getTranslation("keyboard.clear"), () -> target.setValue(""));
        last.add(backspace, clear);
        if (layout.space) {
            Button space = wide(getTranslation("keyboard.space"), () -> type(" "));
            space.setId(getId().orElseThrow() + "-space");
            last.add(space);
        }
        Button enter = wide(getTranslation("keyboard.enter"), () -> onEnter.run());
        enter.setId(getId().orElseThrow() + "-enter");
        enter.addClassName("kiosk-key-enter");
        last.add(enter);
        add(last);
    }

    /**
     * A keyboard for a form field that stays hidden until the field is touched; the system keyboard
     * is suppressed so it never covers the screen. Place it right below the field.
     */
    public static <F extends Component & HasValue<?, String> & Focusable<F>> OnScreenKeyboard openingOnTouch(
            F field, Layout layout) {
        OnScreenKeyboard keyboard = new OnScreenKeyboard(field, layout);
        keyboard.setVisible(false);
        keyboard.onEnter(() -> keyboard.setVisible(false));
        suppressSystemKeyboard(field);
        field.getElement().addEventListener("click", e -> keyboard.setVisible(true));
        field.addFocusListener(e -> keyboard.setVisible(true));
        return keyboard;
    }

    /** Keeps the touch screen's own keyboard away from a text field or area (inputmode none). */
    public static void suppressSystemKeyboard(Component field) {
        field.getElement()
                .executeJs("const i = this.inputElement; if (i) { i.setAttribute('inputmode', 'none');"
                        + " i.setAttribute('autocomplete', 'off'); }");
    }

    /** What the Enter key does, e.g. submit the scan. */
    public void onEnter(Runnable action) {
        this.onEnter = action;
    }

    private Button wide(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addClassName("kiosk-key-wide");
        return button;
    }

    private void type(String text) {
        String value = target.getValue() == null ? "" : target.getValue();
        if (value.length() >= layout.maxLength) {
            return;
        }
        String trimmed = value.stripTrailing();
        boolean capital = switch (layout) {
            // First letter of a word upper case: names look right without a shift key.
            case NAME -> value.isEmpty() || value.endsWith(" ");
            // First letter of a sentence upper case.
            case TEXT ->
                trimmed.isEmpty()
                        || (value.endsWith(" ")
                                && (trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!")));
            default -> false;
        };
        target.setValue(value + (capital ? text.toUpperCase() : text));
    }

    private void backspace() {
        String value = target.getValue() == null ? "" : target.getValue();
        if (!value.isEmpty()) {
            target.setValue(value.substring(0, value.length() - 1));
        }
    }
}
