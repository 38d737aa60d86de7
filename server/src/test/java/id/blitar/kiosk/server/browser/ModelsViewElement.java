package id.blitar.kiosk.server.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The managers' workflow models ({@code ModelsView}, /manage/models): versions, upload, download,
 * rollback and back to the shipped model. Models go by their key (exit-poll, ask-librarian, …).
 */
public record ModelsViewElement(Browser browser) {

    public ModelsViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage/models");
        return waitUntilShown();
    }

    public ModelsViewElement waitUntilShown() {
        browser.byId("models");
        return this;
    }

    /** Whether the list of models is on screen now (no wait): a librarian never sees it. */
    public boolean isShown() {
        return !browser.driver().findElements(By.id("model-list")).isEmpty();
    }

    /** Waits for a model's card. */
    public ModelsViewElement waitForModel(String key) {
        browser.byId("model-" + key);
        return this;
    }

    public String list() {
        return browser.textOf("model-list");
    }

    /** Chooses a file as the upload's file dialog would. */
    public ModelsViewElement upload(Path file) {
        WebElement upload = browser.byId("model-upload");
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waitForVaadin();
        return this;
    }

    /** Waits for the problems of a refused upload to mention the text. */
    public void waitForProblems(String text) {
        browser.waitForText("model-problems", text);
    }

    public String problems() {
        return browser.textOf("model-problems");
    }

    /** Waits until an uploaded file has passed the checks ("lolos pemeriksaan"). */
    public void waitForUploadChecked(String text) {
        browser.waitForText("model-upload-ok", text);
    }

    public ModelsViewElement deployUpload() {
        browser.click("model-upload-deploy");
        return this;
    }

    public ModelEditorViewElement edit(String key) {
        browser.click("model-edit-" + key);
        return new ModelEditorViewElement(browser);
    }

    /** The address of the running version's file. */
    public String downloadAddress(String key) {
        return browser.byId("model-download-" + key).getAttribute("href");
    }

    /** Back to the previous version, confirmed. */
    public ModelsViewElement rollBack(String key) {
        browser.click("model-rollback-" + key);
        browser.click("model-confirm");
        return this;
    }

    /** Back to the model shipped with the application, confirmed. */
    public ModelsViewElement backToShipped(String key) {
        browser.click("model-shipped-" + key);
        browser.click("model-confirm");
        return this;
    }

    public void waitForResult(String text) {
        browser.waitForText("model-result", text);
    }

    /** The list of changes (who deployed what, when). */
    public String changes() {
        return browser.textOf("model-changes");
    }
}
