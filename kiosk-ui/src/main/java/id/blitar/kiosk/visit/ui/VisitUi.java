package id.blitar.kiosk.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.base.ui.KioskLayout;
import id.blitar.kiosk.base.ui.OnScreenKeyboard;
import id.blitar.kiosk.visit.domain.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pieces the visit screens share. */
final class VisitUi {

    private VisitUi() {}

    static Map<Origin, VaadinIcon> origins() {
        Map<Origin, VaadinIcon> options = new LinkedHashMap<>();
        options.put(Origin.CITY, VaadinIcon.HOME);
        options.put(Origin.REGENCY, VaadinIcon.MAP_MARKER);
        options.put(Origin.OUTSIDE, VaadinIcon.ROAD);
        return options;
    }

    /**
     * A kiosk text field typed with the on-screen keyboard, which opens when the field is touched; the
     * system keyboard must not cover the screen.
     *
     * @return the keyboard, to be placed below the field
     */
    static OnScreenKeyboard withKeyboard(TextField field, String id, String label) {
        field.setId(id);
        field.addClassName("kiosk-field");
        field.setLabel(label);
        return OnScreenKeyboard.openingOnTouch(field, OnScreenKeyboard.Layout.NAME);
    }

    /** The consent box: large, with a text that says what is stored and for how long. */
    static void consent(Checkbox box, String id, String text) {
        box.setId(id);
        box.addClassName("kiosk-consent");
        box.setLabel(text);
    }

    /** Shows translated problems in an error area. */
    static void showProblems(Div error, Component translator, List<String> keys) {
        error.setText(
                String.join(" ", keys.stream().map(translator::getTranslation).toList()));
    }

    /** Back to the card screen on the left, the form's submit on the right. */
    static Div backAndSubmit(Component view, String submitId, String submitText, Runnable submit) {
        Button submitButton = KioskLayout.bigButton(submitText, VaadinIcon.SIGN_IN.create());
        submitButton.setId(submitId);
        submitButton.addClassName("kiosk-primary");
        submitButton.addClickListener(e -> submit.run());
        Button back = KioskLayout.bigButton(view.getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create());
        back.setId("back");
        back.addClickListener(e -> view.getUI().ifPresent(ui -> ui.navigate(CheckInView.class)));
        Div actions = new Div(back, submitButton);
        actions.addClassName("kiosk-actions-row");
        return actions;
    }
}
