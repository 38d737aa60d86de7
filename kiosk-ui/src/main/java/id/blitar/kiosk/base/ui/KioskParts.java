package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small pieces every step-by-step kiosk screen is made of. */
public final class KioskParts {

    private KioskParts() {}

    /** A line of guidance under a heading. */
    public static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("kiosk-hint");
        return hint;
    }

    /** The large "Kembali" button (id {@code back}). */
    public static Button back(Component translator, Runnable action) {
        Button back = KioskLayout.bigButton(translator.getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create());
        back.setId("back");
        back.addClickListener(e -> action.run());
        return back;
    }

    /** A row of large buttons side by side. */
    public static Div row(Component... buttons) {
        Div row = new Div(buttons);
        row.addClassName("kiosk-actions-row");
        return row;
    }

    /** Where a step's problems appear; screen readers announce them. */
    public static Div errorArea(String id) {
        Div error = new Div();
        error.setId(id);
        error.addClassName("kiosk-error");
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    /**
     * What finishes a screen (consent, errors, back and submit, "Tiket saya"): it stays at the bottom
     * of the screen, just above the accessibility bar, while what is above it scrolls, so a visitor
     * never has to know to scroll for the button that finishes — in every accessibility mode and in
     * both orientations.
     */
    public static Div bottomActions(Component... parts) {
        Div bottom = new Div(parts);
        bottom.addClassName("kiosk-bottom-actions");
        return bottom;
    }
}
