package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.codes.BarcodeService;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a card number comes in, three ways: a USB keyboard-wedge scanner typing into a field that
 * always holds focus and ends with Enter; the camera; or the on-screen keyboard. Each delivers the
 * raw text to one handler; problems are shown in a live region that screen readers announce.
 */
public class CardScanPanel extends Div {

    /** Anything longer is not a card; it is still reported as too long, not silently cut. */
    private static final int MAX_EVENT_CHARS = 1000;

    private final TextField field = new TextField();
    private final Div error = new Div();
    private final Div cameraSlot = new Div();
    private final OnScreenKeyboard keyboard;
    private final BarcodeService barcodes;
    private final Consumer<String> onCard;

    public CardScanPanel(BarcodeService barcodes, Consumer<String> onCard) {
        this(barcodes, onCard, "scan.field.placeholder", "scan.type");
    }

    /**
     * @param placeholderKey the field's placeholder text (what to scan)
     * @param typeKey the label of the on-screen keyboard button
     */
    public CardScanPanel(BarcodeService barcodes, Consumer<String> onCard, String placeholderKey, String typeKey) {
        this.barcodes = barcodes;
        this.onCard = onCard;
        addClassName("kiosk-actions");

        field.setId("card-number");
        field.addClassName("kiosk-scan");
        field.setAriaLabel(getTranslation("scan.field.aria"));
        field.setPlaceholder(getTranslation(placeholderKey));
        field.setAutofocus(true);
        field.setClearButtonVisible(false);
        // Scanners type quickly and press Enter: read the value straight from the event so no
        // keystroke is lost to value synchronisation.
        field.getElement()
                .addEventListener("keydown", e -> submit(e.getEventData().getString("element.value")))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        // No system keyboard pops up on a touch screen; focus returns here after every tap elsewhere.
        field.getElement().executeJs("""
                        const field = this;
                        const input = field.inputElement;
                        if (input) { input.setAttribute('inputmode', 'none'); input.setAttribute('autocomplete', 'off'); }
                        if (!window._kioskPointerWatch) {
                          window._kioskPointerWatch = true;
                          document.addEventListener('pointerdown', () => window._kioskPointerAt = Date.now(), {capture: true, passive: true});
                        }
                        field.addEventListener('focusout', () => setTimeout(() => {
                          // Back to the field after a touch anywhere (so the scanner is always heard), but
                          // not when a keyboard user moved on with Tab: every button stays reachable.
                          const a = document.activeElement;
                          const typing = a && (a.tagName === 'INPUT' || a.tagName === 'TEXTAREA');
                          const nowhere = !a || a === document.body || a === document.documentElement;
                          const touched = Date.now() - (window._kioskPointerAt || 0) < 1000;
                          if (field.isConnected && !typing && (nowhere || touched)) field.focus();
                        }, 80));
                        setTimeout(() => field.focus(), 50);
                        """);

        error.setId("scan-error");
        error.addClassName("kiosk-error");
        error.getElement().setAttribute("role", "alert");
        error.getElement().setAttribute("aria-live", "assertive");

        keyboard = new OnScreenKeyboard(field, false);
        keyboard.setVisible(false);
        keyboard.onEnter(() -> submit(field.getValue()));

        Button camera = KioskLayout.bigButton(getTranslation("scan.camera"), VaadinIcon.CAMERA.create());
        camera.setId("open-camera");
        camera.addClassName("kiosk-secondary");
        camera.addClickListener(e -> toggleCamera());
        Button type = KioskLayout.bigButton(getTranslation(typeKey), VaadinIcon.KEYBOARD_O.create());
        type.setId("open-keyboard");
        type.addClassName("kiosk-secondary");
        type.addClickListener(e -> {
            keyboard.setVisible(!keyboard.isVisible());
            cameraSlot.removeAll();
        });
        Div row = new Div(camera, type);
        row.addClassName("kiosk-actions-row");

        add(field, error, row, cameraSlot, keyboard);
    }

    /** Shows the translated problems, or hides the message when there are none. */
    public void showProblems(List<String> translationKeys) {
        error.setText(String.join(
                " ", translationKeys.stream().map(this::getTranslation).toList()));
    }

    public void showProblem(String translationKey) {
        showProblems(List.of(translationKey));
    }

    private void toggleCamera() {
        if (cameraSlot.getChildren().findAny().isPresent()) {
            cameraSlot.removeAll();
            return;
        }
        keyboard.setVisible(false);
        cameraSlot.add(new CameraScanner(barcodes, code -> {
            cameraSlot.removeAll();
            submit(code);
        }));
    }

    private void submit(String raw) {
        field.clear();
        error.setText("");
        if (raw != null && raw.length() > MAX_EVENT_CHARS) {
            showProblem("error.input.tooLong");
            return;
        }
        onCard.accept(raw == null ? "" : raw);
    }
}
