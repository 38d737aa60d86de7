package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.base.InputCheck;

/**
 * An on-screen keyboard for kiosks without a physical one, typing into one text field. Keys are at
 * least 84 px; the layout follows the QWERTY keyboards Indonesian visitors know from phones.
 */
public class OnScreenKeyboard extends Div {

    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM.'/"};

    private final TextField target;
    private Runnable onEnter = () -> {};

    /**
     * @param target the field the keys type into
     * @param withSpace whether a space bar is offered (names, institutions) or not (card numbers)
     */
    public OnScreenKeyboard(TextField target, boolean withSpace) {
        this.target = target;
        addClassName("kiosk-keyboard");
        setId(target.getId().orElse("field") + "-keyboard");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("keyboard.aria"));
        for (String row : ROWS) {
            Div line = new Div();
            line.addClassName("kiosk-keyboard-row");
            for (char key : row.toCharArray()) {
                String text = String.valueOf(key);
                Button button = new Button(text, e -> type(withSpace ? text.toLowerCase() : text));
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
        if (withSpace) {
            last.add(wide(getTranslation("keyboard.space"), () -> type(" ")));
        }
        Button enter = wide(getTranslation("keyboard.enter"), () -> onEnter.run());
        enter.setId(getId().orElseThrow() + "-enter");
        enter.addClassName("kiosk-key-enter");
        last.add(enter);
        add(last);
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
        String value = target.getValue();
        if (value.length() < InputCheck.MAX_LENGTH) {
            // First letter of a word upper case: names and institutions look right without a shift key.
            boolean startOfWord = value.isEmpty() || value.endsWith(" ");
            target.setValue(value + (startOfWord ? text.toUpperCase() : text));
        }
    }

    private void backspace() {
        String value = target.getValue();
        if (!value.isEmpty()) {
            target.setValue(value.substring(0, value.length() - 1));
        }
    }
}
