package id.blitar.kiosk.device.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.OnScreenKeyboard;
import id.blitar.kiosk.device.service.DeviceService;
import id.blitar.kiosk.device.service.PairingResult;

/**
 * Where a browser becomes a kiosk: with the one-time code a manager created in
 * {@code /manage/kiosks}, from the pairing link ({@code /pair?code=…}) or typed on the on-screen
 * keyboard. Every kiosk screen sends an unpaired browser here.
 */
@Route(value = KioskSession.PAIR_ROUTE, layout = KioskLayout.class)
@AnonymousAllowed
public class PairView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DeviceService devices;
    private final TextField code = new TextField();
    private final Div error = new Div();

    PairView(DeviceService devices) {
        this.devices = devices;
        setId("pair");
        addClassNames("kiosk-content", "kiosk-pair");

        H1 title = new H1(getTranslation("pair.title"));
        Paragraph hint = new Paragraph(getTranslation("pair.hint"));
        hint.setId("pair-hint");
        hint.addClassName("kiosk-hint");

        code.setId("pair-code");
        code.addClassName("kiosk-scan");
        code.setLabel(getTranslation("pair.code"));
        code.setPlaceholder("ABCD-EFGH");
        code.setMaxLength(20);
        code.setClearButtonVisible(false);
        code.getElement()
                .addEventListener("keydown", e -> pair(e.getEventData().getString("element.value")))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        // The on-screen keyboard is the way to type here; no system keyboard pops up on a touch screen.
        code.getElement()
                .executeJs("const i = this.inputElement; if (i) { i.setAttribute('inputmode', 'none');"
                        + " i.setAttribute('autocomplete', 'off'); i.setAttribute('autocapitalize', 'characters'); }");

        error.setId("pair-error");
        error.addClassName("kiosk-error");
        error.getElement().setAttribute("role", "alert");
        error.getElement().setAttribute("aria-live", "assertive");

        OnScreenKeyboard keyboard = new OnScreenKeyboard(code, OnScreenKeyboard.Layout.CARD);
        keyboard.onEnter(() -> pair(code.getValue()));

        Button submit = KioskLayout.bigButton(getTranslation("pair.submit"), VaadinIcon.LINK.create());
        submit.setId("pair-submit");
        submit.addClassName("kiosk-primary");
        submit.addClickListener(e -> pair(code.getValue()));

        add(title, hint, code, error, keyboard, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(given -> {
            code.setValue(given.length() > 20 ? given.substring(0, 20) : given);
            pair(given);
        });
    }

    private void pair(String given) {
        error.setText("");
        // The browser's address as the server saw it when the UI was opened (the attempt limit's key).
        PairingResult result =
                devices.pair(given, VaadinSession.getCurrent().getBrowser().getAddress());
        if (result instanceof PairingResult.Paired paired) {
            KioskSession.completePairing(UI.getCurrent(), paired.token());
        } else if (result instanceof PairingResult.Refused refused) {
            error.setText(getTranslation(refused.problem()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pair.title");
    }
}
