package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/** The guest check-in form ({@code GuestCheckInView}, /check-in/guest). */
public record GuestViewElement(Browser browser) {

    public GuestViewElement open(String baseUrl) {
        browser.open(baseUrl + "/check-in/guest");
        browser.byId("guest");
        return this;
    }

    /** Whether an option is chosen, as its button says ("true" or "false"). */
    public String pressed(String groupId, String option) {
        return browser.find(By.id(groupId + "-" + option)).getDomAttribute("aria-pressed");
    }

    public GuestViewElement choose(String groupId, String option) {
        browser.click(groupId + "-" + option);
        return this;
    }

    /** Touches the institution field where a visitor sees it, ready to type. */
    public GuestViewElement focusInstitution() {
        browser.clickCentered(By.cssSelector("#institution input"));
        browser.find(By.cssSelector("#institution input"));
        return this;
    }

    /** Touches the institution field and waits for its on-screen keyboard. */
    public GuestViewElement openInstitutionKeyboard() {
        browser.clickCentered(By.cssSelector("#institution input"));
        browser.byId("institution-keyboard");
        return this;
    }

    /** What the institution field holds now (no wait; null when there is no field). */
    public String institutionValue() {
        java.util.List<org.openqa.selenium.WebElement> fields =
                browser.driver().findElements(By.cssSelector("#institution input"));
        return fields.isEmpty() ? null : fields.get(0).getDomProperty("value");
    }

    public GuestViewElement institution(String text) {
        browser.find(By.cssSelector("#institution input")).sendKeys(text);
        browser.waitForVaadin();
        return this;
    }

    /** The short consent text beside the checkbox. */
    public String consentText() {
        return browser.textOf("consent");
    }

    /** "Selengkapnya": the full consent text, then closed again. */
    public String readFullConsent() {
        browser.click("consent-more");
        return browser.textOf("consent-full");
    }

    public void closeFullConsent() {
        browser.click("consent-close");
        browser.waitForGone("consent-full");
    }

    /** Whether the consent box is ticked (no wait). */
    public boolean consentGiven() {
        return browser.byId("consent").getDomAttribute("checked") != null;
    }

    public GuestViewElement consent() {
        browser.clickCentered(By.cssSelector("#consent > label"));
        browser.waitForVaadin();
        return this;
    }

    public void submit() {
        browser.click("guest-submit");
    }

    /** Waits for a notification over the form (a sending that failed) and returns its text. */
    public String notice() {
        return browser.find(By.cssSelector("vaadin-notification-card")).getText();
    }

    public String error() {
        return browser.textOf("guest-error");
    }
}
