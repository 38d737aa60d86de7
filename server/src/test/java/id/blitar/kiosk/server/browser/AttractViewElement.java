package id.blitar.kiosk.server.browser;

/** The attract screen ({@code AttractView}). */
public record AttractViewElement(Browser browser) {

    public AttractViewElement waitUntilShown() {
        browser.byId("attract");
        return this;
    }

    public String openingHours() {
        return browser.textOf("opening-hours");
    }

    public CheckInViewElement checkIn() {
        browser.click("start-check-in");
        return new CheckInViewElement(browser).waitUntilShown();
    }

    public CheckInViewElement checkOut() {
        browser.click("start-check-out");
        browser.byId("check-out");
        return new CheckInViewElement(browser);
    }

    public AskViewElement ask() {
        browser.click("start-ask");
        return new AskViewElement(browser).waitUntilShown();
    }

    public String checkInButtonText() {
        return browser.textOf("start-check-in");
    }

    /** Chooses a language by its code: id, en or jv. */
    public AttractViewElement switchLanguage(String code) {
        browser.click("language-" + code);
        browser.waitForVaadin();
        return waitUntilShown();
    }
}
