package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/** A model's running version as a diagram with counts ({@code ModelDiagramView}, /manage/models/view/:key). */
public record ModelDiagramViewElement(Browser browser) {

    public ModelDiagramViewElement open(String baseUrl, String key) {
        browser.open(baseUrl + "/manage/models/view/" + key);
        browser.byId("model-diagram");
        return this;
    }

    public void waitForStatus(String text) {
        browser.waitForText("model-status", text);
    }

    /** Waits until the counts are drawn on the diagram, and returns the list of counts. */
    public String counts() {
        browser.find(By.cssSelector(".models-count"));
        return browser.textOf("model-counts");
    }
}
