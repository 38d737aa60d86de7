package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/** The group check-in form ({@code GroupCheckInView}, /check-in/group). */
public record GroupViewElement(Browser browser) {

    public GroupViewElement open(String baseUrl) {
        browser.open(baseUrl + "/check-in/group");
        browser.byId("group");
        return this;
    }

    public GroupViewElement institution(String text) {
        browser.find(By.cssSelector("#group-institution input")).sendKeys(text);
        browser.waitForVaadin();
        return this;
    }

    /** Touches the institution field (its on-screen keyboard opens below it). */
    public GroupViewElement touchInstitution() {
        browser.clickCentered(By.cssSelector("#group-institution input"));
        return this;
    }

    public GroupViewElement origin(String option) {
        browser.click("group-origin-" + option);
        return this;
    }

    public GroupViewElement add(String ageGroup, String button, int times) {
        for (int i = 0; i < times; i++) {
            browser.click("count-" + ageGroup + "-" + button);
        }
        return this;
    }

    public String total() {
        return browser.textOf("group-total");
    }

    public GroupViewElement consent() {
        browser.clickCentered(By.cssSelector("#group-consent > label"));
        browser.waitForVaadin();
        return this;
    }

    public void submit() {
        browser.click("group-submit");
    }
}
