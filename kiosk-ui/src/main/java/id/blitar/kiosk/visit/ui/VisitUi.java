package id.blitar.kiosk.visit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import id.blitar.kiosk.visit.domain.Origin;
import java.util.LinkedHashMap;
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

    /** Kiosk text fields are typed with the on-screen keyboard; the system one must not cover it. */
    static void suppressSystemKeyboard(TextField field) {
        field.getElement()
                .executeJs("const i = this.inputElement; if (i) { i.setAttribute('inputmode', 'none');"
                        + " i.setAttribute('autocomplete', 'off'); }");
    }
}
