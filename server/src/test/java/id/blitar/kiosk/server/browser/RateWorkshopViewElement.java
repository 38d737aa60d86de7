package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/** Rating a workshop from the invitation link ({@code RateWorkshopView}, /nilai-kegiatan/:token), on a phone. */
public record RateWorkshopViewElement(Browser browser) {

    public RateWorkshopViewElement open(String baseUrl, String token) {
        browser.open(baseUrl + "/nilai-kegiatan/" + token);
        browser.byId("rate");
        return this;
    }

    /** The title of the workshop being rated. */
    public String workshop() {
        return browser.textOf("rate-workshop");
    }

    /** Chooses a smiley (very-happy, happy, unhappy, …). */
    public RateWorkshopViewElement mood(String mood) {
        browser.click("mood-" + mood);
        return this;
    }

    /** Whether a smiley is chosen, as its button says ("true" or "false"). */
    public String moodPressed(String mood) {
        return browser.byId("mood-" + mood).getDomAttribute("aria-pressed");
    }

    public RateWorkshopViewElement comment(String text) {
        browser.click("rate-comment");
        browser.find(By.cssSelector("#rate-comment textarea")).sendKeys(text);
        browser.waitForVaadin();
        return this;
    }

    public RateWorkshopViewElement send() {
        browser.click("rate-send");
        return this;
    }

    public void waitForProblem(String text) {
        browser.waitForText("rate-problem", text);
    }

    public void waitForThanks() {
        browser.byId("rate-thanks");
    }

    /** Waits for the notice of a link already used or expired. */
    public void waitForGone() {
        browser.byId("rate-gone");
    }
}
