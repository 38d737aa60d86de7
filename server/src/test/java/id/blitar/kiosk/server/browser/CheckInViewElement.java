package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The card scan screens ({@code CheckInView} and {@code CheckOutView}). */
public record CheckInViewElement(Browser browser) {

    public CheckInViewElement waitUntilShown() {
        browser.byId("check-in");
        return this;
    }

    /** Types like a USB keyboard-wedge scanner: the characters, then Enter. */
    public void scan(String cardNumber) {
        WebElement input = browser.find(By.cssSelector("#card-number input"));
        input.sendKeys(cardNumber + Keys.ENTER);
        browser.waitForVaadin();
    }

    public boolean scanFieldHasFocus() {
        Object focused = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return document.activeElement && document.activeElement.closest('#card-number') !== null;");
        return Boolean.TRUE.equals(focused);
    }

    public String error() {
        return browser.textOf("scan-error");
    }

    /** Types with the on-screen keyboard, key by key, then OK. */
    public void typeOnScreen(String cardNumber) {
        browser.click("open-keyboard");
        for (char c : cardNumber.toCharArray()) {
            browser.clickCentered(By.cssSelector("#card-number-keyboard vaadin-button[aria-label='" + c + "']"));
        }
        browser.waitForVaadin();
        browser.click("card-number-keyboard-enter");
    }

    public GuestViewElement asGuest() {
        browser.click("guest-check-in");
        browser.byId("guest");
        return new GuestViewElement(browser);
    }

    public GroupViewElement asGroup() {
        browser.click("group-check-in");
        browser.byId("group");
        return new GroupViewElement(browser);
    }
}
