package id.blitar.kiosk.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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

    /**
     * The consent tick: a large box (64 px) with a one-line summary of what is stored and for how long
     * (UU PDP 27/2022 asks for explicit, informed consent); the full text is one tap away, on a
     * "read in full" button beside it.
     *
     * @return the tick and its "read in full" button, to be placed in {@link id.blitar.kiosk.base.ui.KioskParts#bottomActions}
     */
    static Div consent(Checkbox box, String id, String shortText, String fullText) {
        box.setId(id);
        box.addClassName("kiosk-consent");
        box.setLabel(shortText);
        Button more = new Button(box.getTranslation("consent.more"), VaadinIcon.INFO_CIRCLE_O.create());
        more.setId(id + "-more");
        more.addClassName("kiosk-consent-more");
        more.addClickListener(e -> showFullText(box, id, fullText));
        Div row = new Div(box, more);
        row.addClassName("kiosk-consent-row");
        return row;
    }

    private static void showFullText(Component translator, String id, String fullText) {
        Dialog dialog = new Dialog();
        dialog.addClassName("kiosk-dialog");
        dialog.setHeaderTitle(translator.getTranslation("consent.title"));
        Paragraph text = new Paragraph(fullText);
        text.setId(id + "-full");
        Button close = KioskLayout.bigButton(translator.getTranslation("consent.close"), VaadinIcon.CHECK.create());
        close.setId(id + "-close");
        close.addClassName("kiosk-primary");
        close.addClickListener(e -> dialog.close());
        Div body = new Div(text, close);
        body.addClassName("kiosk-dialog-body");
        dialog.add(body);
        dialog.open();
    }

    /**
     * One column of a form: on a landscape screen a form's two columns stand side by side, the second one ending
     * with consent and the buttons; on a portrait screen a column is no box at all and its parts follow one
     * another as before (kiosk.css).
     */
    static Div column(Component... parts) {
        Div column = new Div(parts);
        column.addClassName("kiosk-form-column");
        return column;
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
