package id.blitar.kiosk.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * A full-screen outcome (welcome, welcome back, goodbye) that returns the kiosk to its attract
 * screen after a few seconds, or at once when tapped, so nothing of this visitor stays on screen.
 */
public class ResultPanel extends Div {

    public ResultPanel(VaadinIcon icon, String title, List<String> details, boolean warning, int seconds) {
        setId("result");
        addClassNames("kiosk-result", "kiosk-content");
        if (warning) {
            addClassName("kiosk-result-warning");
        }
        var iconComponent = icon.create();
        iconComponent.addClassName("kiosk-result-icon");
        iconComponent.getElement().setAttribute("aria-hidden", "true");
        H1 heading = new H1(title);
        heading.setId("result-title");
        add(iconComponent, heading);
        for (String detail : details) {
            Paragraph line = new Paragraph(detail);
            line.addClassName("kiosk-result-detail");
            add(line);
        }
        Paragraph tap = new Paragraph(getTranslation("result.tapToContinue"));
        tap.addClassName("kiosk-hint");
        add(tap);
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "assertive");
        getElement().addEventListener("click", e -> finish());
        getElement().executeJs("const host = this; setTimeout(() => host.$server.finish(), $0);", seconds * 1000);
    }

    /** Shows the title very large: a queue number the visitor must remember. */
    public ResultPanel withLargeTitle() {
        addClassName("kiosk-result-large");
        return this;
    }

    @ClientCallable
    void finish() {
        getUI().ifPresent(KioskSession::nextVisitor);
    }

    /** Back to the attract screen for the next visitor (also from a "Kembali" button). */
    public static void home() {
        KioskSession.nextVisitor(UI.getCurrent());
    }
}
