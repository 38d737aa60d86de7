package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import id.blitar.kiosk.base.InputCheck;
import java.util.Locale;

/**
 * An on-screen keyboard for kiosks without a physical one, typing into one field. Keys are at least
 * 84 px; the layout follows the QWERTY keyboards Indonesian visitors know from phones, with the
 * punctuation each kind of field needs.
 *
 * <p>What the visitor types is kept as typed: letters come out in the case the keys show. Names and
 * sentences have a shift key (one tap: the next letter is a capital; a second tap: all capitals, for
 * "AC" or "SMAN 1"; a third: off) and capitalise by themselves where a phone would — the first letter
 * of each word of a name, the first letter of a sentence. Card numbers are always capitals; e-mail
 * addresses always small letters.
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

    /** The shift key's state. */
    enum Shift {
        /** Small letters. */
        OFF,
        /** A capital for the next letter only. */
        ONCE,
        /** Capitals until switched off. */
        LOCK
    }

    private final HasValue<?, String> target;
    private final Layout layout;
    private final Button shiftKey;
    private Shift shift = Shift.OFF;
    private Runnable onEnter = () -> {};
    /** Whether this keyboard opens when its field is touched (and so may be closed for another one). */
    private boolean opensOnTouch;

    private final Button enter;

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
        setClassName("kiosk-keyboard-lower", layout == Layout.EMAIL);
        setId(target.getId().orElse("field") + "-keyboard");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("keyboard.aria"));
        String[] rows = {ROWS[0], ROWS[1], ROWS[2], layout.lastRow};
        for (String row : rows) {
            Div line = new Div();
            line.addClassName("kiosk-keyboard-row");
            for (char key : row.toCharArray()) {
                String text = String.valueOf(key);
                Button button = new Button(text, e -> typeKey(text));
                button.getElement().setAttribute("aria-label", text);
                button.addClassName("kiosk-key");
                line.add(button);
            }
            add(line);
        }
        Div last = new Div();
        last.addClassName("kiosk-keyboard-row");
        if (hasShift()) {
            shiftKey = wide(getTranslation("keyboard.shift"), this::pressShift);
            shiftKey.setId(getId().orElseThrow() + "-shift");
            shiftKey.addClassName("kiosk-key-shift");
            shiftKey.getElement().setAttribute("aria-label", getTranslation("keyboard.shift.aria"));
            last.add(shiftKey);
        } else {
            shiftKey = null;
        }
        Button backspace = wide(getTranslation("keyboard.backspace"), this::backspace);
        backspace.setId(getId().orElseThrow() + "-backspace");
        Button clear = wide(getTranslation("keyboard.clear"), () -> {
            target.setValue("");
            autoShift();
        });
        last.add(backspace, clear);
        if (layout.space) {
            Button space = wide(getTranslation("keyboard.space"), () -> typeKey(" "));
            space.setId(getId().orElseThrow() + "-space");
            last.add(space);
        }
        enter = wide(getTranslation("keyboard.enter"), () -> onEnter.run());
        enter.setId(getId().orElseThrow() + "-enter");
        enter.addClassName("kiosk-key-enter");
        last.add(enter);
        add(last);
        autoShift();
        // Typed on a physical keyboard or scanned into the field: the next key's case follows the text.
        target.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                autoShift();
            }
        });
    }

    /**
     * A keyboard for a form field that stays hidden until the field is touched; the system keyboard
     * is suppressed so it never covers the screen. Place it right below the field.
     */
    public static <F extends Component & HasValue<?, String> & Focusable<F>> OnScreenKeyboard openingOnTouch(
            F field, Layout layout) {
        OnScreenKeyboard keyboard = new OnScreenKeyboard(field, layout);
        keyboard.opensOnTouch = true;
        keyboard.setVisible(false);
        keyboard.onEnter(() -> keyboard.setVisible(false));
        suppressSystemKeyboard(field);
        field.getElement().addEventListener("click", e -> keyboard.open());
        field.addFocusListener(e -> keyboard.open());
        return keyboard;
    }

    /**
     * Shows a hidden keyboard and scrolls it to the middle of the screen, clear of the form's buttons
     * that stay at the bottom. One keyboard at a time: the keyboard of another field beside it closes, so a
     * form with several fields never shows two (on a landscape screen they share one place beside the fields).
     */
    private void open() {
        if (!isVisible()) {
            getParent()
                    .ifPresent(parent -> parent.getChildren()
                            .filter(c -> c != this && c instanceof OnScreenKeyboard other && other.opensOnTouch)
                            .forEach(c -> c.setVisible(false)));
            setVisible(true);
            getElement().executeJs("const k = this; requestAnimationFrame(() => k.scrollIntoView({block: 'center'}));");
        }
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

    /**
     * For a screen whose own large button finishes the text ("Lanjut", "Kirim"): the keyboard shows no "OK"
     * beside it, so a visitor sees one way on, not two buttons that do the same.
     */
    public void withoutEnter() {
        enter.setVisible(false);
    }

    private Button wide(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addClassName("kiosk-key-wide");
        return button;
    }

    private boolean hasShift() {
        return layout == Layout.NAME || layout == Layout.TEXT;
    }

    private void pressShift() {
        setShift(
                switch (shift) {
                    case OFF -> Shift.ONCE;
                    case ONCE -> Shift.LOCK;
                    case LOCK -> Shift.OFF;
                });
    }

    private void typeKey(String key) {
        String value = target.getValue() == null ? "" : target.getValue();
        if (value.length() >= layout.maxLength) {
            return;
        }
        boolean capital = switch (layout) {
            case CARD -> true;
            case EMAIL -> false;
            default -> shift != Shift.OFF;
        };
        target.setValue(value + (capital ? key.toUpperCase(Locale.ROOT) : key.toLowerCase(Locale.ROOT)));
        if (shift != Shift.LOCK) {
            autoShift();
        }
    }

    /**
     * Capitalises where a phone would: the first letter of each word of a name, the first letter of a
     * sentence; never overrides a shift lock.
     */
    private void autoShift() {
        if (!hasShift() || shift == Shift.LOCK) {
            return;
        }
        String value = target.getValue() == null ? "" : target.getValue();
        String trimmed = value.stripTrailing();
        boolean capital = layout == Layout.NAME
                ? value.isEmpty() || value.endsWith(" ")
                : trimmed.isEmpty()
                        || (value.endsWith(" ")
                                && (trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!")));
        setShift(capital ? Shift.ONCE : Shift.OFF);
    }

    private void setShift(Shift next) {
        shift = next;
        if (shiftKey != null) {
            // The letter keys show the case they type (CSS), the shift key whether it is on.
            setClassName("kiosk-keyboard-lower", next == Shift.OFF);
            shiftKey.getElement().setAttribute("aria-pressed", String.valueOf(next != Shift.OFF));
            shiftKey.getElement().setAttribute("data-shift", next.name().toLowerCase(Locale.ROOT));
        }
    }

    private void backspace() {
        String value = target.getValue() == null ? "" : target.getValue();
        if (!value.isEmpty()) {
            target.setValue(value.substring(0, value.length() - 1));
        }
        autoShift();
    }
}
