package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.codes.BarcodeService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a card number comes in, three ways: a USB keyboard-wedge scanner (heard by the kiosk's scan
 * listener on every screen, see {@link KioskLayout}); the camera; or the on-screen keyboard. Each
 * delivers the raw text to one handler; problems are shown in a live region that screen readers
 * announce, with what was read (masked) so a misread can be told from an unknown card.
 */
public class CardScanPanel extends Div {

    /** The panel on screen in a UI, which takes the scanner's scans. */
    private static final String ACTIVE = CardScanPanel.class.getName() + ".active";

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
        // A scanner's keystrokes never go to this field directly: the kiosk's scan listener
        // (KioskLayout, scripts/kiosk-scan.js) buffers them from the first character, shows them here
        // while they arrive, and sends the whole scan at Enter, Tab, CR or LF to submitScan.
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

    /** The scan panel on screen in this UI, if any. */
    static Optional<CardScanPanel> activeIn(UI ui) {
        return Optional.ofNullable((CardScanPanel) ComponentUtil.getData(ui, ACTIVE))
                .filter(CardScanPanel::isAttached);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ComponentUtil.setData(attachEvent.getUI(), ACTIVE, this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ComponentUtil.getData(detachEvent.getUI(), ACTIVE) == this) {
            ComponentUtil.setData(detachEvent.getUI(), ACTIVE, null);
        }
        super.onDetach(detachEvent);
    }

    /** A complete scan from the kiosk's scan listener. */
    void submitScan(String raw) {
        submit(raw);
    }

    /** Shows the translated problems, or hides the message when there are none. */
    public void showProblems(List<String> translationKeys) {
        showProblems(translationKeys, null);
    }

    /**
     * Shows the translated problems after what was read ({@code read}, already masked for a public
     * screen; nothing is said about it when null or empty).
     */
    public void showProblems(List<String> translationKeys, String read) {
        String problems = String.join(
                " ", translationKeys.stream().map(this::getTranslation).toList());
        error.setText(read == null || read.isEmpty() ? problems : getTranslation("scan.read", read) + " " + problems);
    }

    public void showProblem(String translationKey) {
        showProblems(List.of(translationKey));
    }

    public void showProblem(String translationKey, String read) {
        showProblems(List.of(translationKey), read);
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
