package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/** The guest check-in form ({@code GuestCheckInView}). */
public record GuestViewElement(Browser browser) {

    public GuestViewElement choose(String groupId, String option) {
        browser.click(groupId + "-" + option);
        return this;
    }

    public GuestViewElement institution(String text) {
        browser.find(By.cssSelector("#institution input")).sendKeys(text);
        browser.waitForVaadin();
        return this;
    }

    public GuestViewElement consent() {
        browser.clickCentered(By.cssSelector("#consent > label"));
        browser.waitForVaadin();
        return this;
    }

    public void submit() {
        browser.click("guest-submit");
    }

    public String error() {
        return browser.textOf("guest-error");
    }
}
