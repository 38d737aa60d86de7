package id.blitar.kiosk.server.browser;

import java.time.LocalDate;
import org.openqa.selenium.JavascriptExecutor;

/** A Vaadin date picker on a staff page, found by its id. */
public record DatePickerElement(Browser browser, String id) {

    /** Sets the date by its value (ISO), as a pick in the calendar would, and lets Vaadin sync it. */
    public void set(LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const p = document.getElementById(arguments[0]); p.value = arguments[1];"
                                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        id,
                        date.toString());
        browser.waitForVaadin();
    }
}
