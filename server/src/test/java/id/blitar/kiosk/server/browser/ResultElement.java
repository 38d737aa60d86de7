package id.blitar.kiosk.server.browser;

/** The welcome / goodbye screen ({@code ResultPanel}). */
public record ResultElement(Browser browser) {

    public ResultElement waitUntilShown() {
        browser.byId("result");
        return this;
    }

    public ResultElement waitForTitle(String expected) {
        browser.waitForText("result-title", expected);
        return this;
    }

    public String title() {
        return browser.textOf("result-title");
    }

    public String text() {
        return browser.textOf("result");
    }

    /** A tap on the screen: back to the attract screen at once. */
    public void dismiss() {
        browser.clickCentered(org.openqa.selenium.By.id("result"));
    }

    /** The kiosk goes back to its attract screen by itself after a few seconds. */
    public AttractViewElement waitForReturnToAttract() {
        return new AttractViewElement(browser).waitUntilShown();
    }
}
