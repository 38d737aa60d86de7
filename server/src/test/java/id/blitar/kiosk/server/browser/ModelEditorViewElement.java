package id.blitar.kiosk.server.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser editor of a model ({@code ModelEditorView}, /manage/models/edit/:key): bpmn-js with a
 * properties panel, or dmn-js for the decision table; check and deploy.
 */
public record ModelEditorViewElement(Browser browser) {

    public ModelEditorViewElement open(String baseUrl, String key) {
        browser.open(baseUrl + "/manage/models/edit/" + key);
        browser.byId("model-editor");
        return this;
    }

    /** Waits until the status line says the text ("Versi 3 dimuat", "Ada perubahan …"). */
    public ModelEditorViewElement waitForStatus(String text) {
        browser.waitForText("model-status", text);
        return this;
    }

    /** Selects a diagram element by its BPMN id and waits until the properties panel shows it. */
    public ModelEditorViewElement select(String elementId) {
        browser.clickCentered(By.cssSelector("g.djs-element[data-element-id='" + elementId + "']"));
        browser.waitForText("model-selected", elementId);
        return this;
    }

    /** The selected task's staff groups: the field's text and its selected items. */
    public String groups() {
        Object selected = ((JavascriptExecutor) browser.driver())
                .executeScript("return JSON.stringify(document.getElementById('model-prop-groups').selectedItems);");
        return browser.byId("model-prop-groups").getAttribute("innerText") + selected;
    }

    /** Renames the selected element and applies it. */
    public ModelEditorViewElement rename(String name) {
        WebElement field = browser.byId("model-prop-name").findElement(By.tagName("input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(name);
        browser.click("model-prop-apply");
        return this;
    }

    /** The selected timer's duration (ISO 8601, e.g. PT10M). */
    public String timer() {
        return browser.byId("model-prop-timer").findElement(By.tagName("input")).getAttribute("value");
    }

    /** Sets the selected timer's duration and applies it. */
    public ModelEditorViewElement setTimer(String duration) {
        WebElement field = browser.byId("model-prop-timer").findElement(By.tagName("input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(duration);
        browser.click("model-prop-apply");
        return this;
    }

    public void waitForTimer(String duration) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> duration.equals(
                        d.findElement(By.cssSelector("#model-prop-timer input")).getAttribute("value")));
    }

    /** Undo, through bpmn-js' command stack. */
    public ModelEditorViewElement undo() {
        return commandStack("undo");
    }

    public ModelEditorViewElement redo() {
        return commandStack("redo");
    }

    /** "Periksa": waits for the all-clear with this text. */
    public ModelEditorViewElement check(String allClear) {
        browser.click("model-check");
        browser.waitForText("model-check-ok", allClear);
        return this;
    }

    public ModelEditorViewElement deploy() {
        browser.click("model-deploy");
        return this;
    }

    public void waitForResult(String text) {
        browser.waitForText("model-result", text);
    }

    public String result() {
        return browser.textOf("model-result");
    }

    /** The XML the editor would save now. */
    public String xml() {
        Object xml = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.kioskModels.save(document.getElementById('model-canvas')).then(done)
                    .catch(e => done('failed: ' + e));
                """);
        return String.valueOf(xml);
    }

    /** Waits until bpmn-js has drawn the diagram. */
    public ModelEditorViewElement waitForDiagram() {
        browser.find(By.cssSelector("#model-canvas .djs-container"));
        return this;
    }

    /** Waits until dmn-js has drawn the decision table, and returns the canvas' text. */
    public String decisionTable() {
        browser.find(By.cssSelector("#model-canvas .tjs-table"));
        return browser.textOf("model-canvas");
    }

    private ModelEditorViewElement commandStack(String action) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById('model-canvas').kioskModeler.get('commandStack')." + action + "();");
        browser.waitForVaadin();
        return this;
    }
}
