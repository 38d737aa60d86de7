package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The card scan screens ({@code CheckInView}, /check-in, and {@code CheckOutView}, /check-out), and the
 * card scan panel other screens share (the exit poll, "Data saya").
 */
public record CheckInViewElement(Browser browser) {

    public CheckInViewElement open(String baseUrl) {
        browser.open(baseUrl + "/check-in");
        return waitUntilShown();
    }

    /** Opens the check-out screen (an exit kiosk's). */
    public CheckInViewElement openCheckOut(String baseUrl) {
        browser.open(baseUrl + "/check-out");
        browser.byId("check-out");
        return this;
    }

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

    /** Types into the card field without Enter, as a visitor who has not finished. */
    public void type(String text) {
        browser.find(By.cssSelector("#card-number input")).sendKeys(text);
    }

    public void openKeyboard() {
        browser.click("open-keyboard");
    }

    /** Presses one key of the on-screen keyboard. */
    public void pressKey(char key) {
        browser.find(By.cssSelector("#card-number-keyboard vaadin-button[aria-label='" + key + "']"))
                .click();
    }

    /** Opens the camera (it reads a card's QR or barcode) and waits for its picture. */
    public CheckInViewElement openCamera() {
        browser.click("open-camera");
        return this;
    }

    public void waitForCamera() {
        browser.byId("camera-scanner");
    }

    public void waitForCameraStatus(String text) {
        browser.waitForText("camera-status", text);
    }

    /** What the card field holds now (no wait; empty when there is no field). */
    public String scanFieldValue() {
        java.util.List<WebElement> fields = browser.driver().findElements(By.cssSelector("#card-number input"));
        return fields.isEmpty() ? "" : fields.get(0).getDomProperty("value");
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

    /** Waits until the scan's error says the text. */
    public void waitForError(String text) {
        browser.waitForText("scan-error", text);
    }

    /** Waits for the card field to show and returns what it holds. */
    public String shownScanFieldValue() {
        return browser.find(By.cssSelector("#card-number input")).getDomProperty("value");
    }

    /** Whether the on-screen keyboard is open (no wait). */
    public boolean keyboardShown() {
        return browser.driver().findElements(By.id("card-number-keyboard")).stream()
                .anyMatch(WebElement::isDisplayed);
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
