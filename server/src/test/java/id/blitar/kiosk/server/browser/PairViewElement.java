package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/**
 * Pairing a browser as a kiosk ({@code PairView}, /pair), where every kiosk screen sends an unpaired
 * browser (in the {@code mysql} profile): the code from /manage/kiosks by link or typed on screen.
 */
public record PairViewElement(Browser browser) {

    public PairViewElement open(String baseUrl) {
        browser.open(baseUrl + "/pair");
        return waitUntilShown();
    }

    public PairViewElement waitUntilShown() {
        browser.byId("pair");
        return this;
    }

    /** Whether the pairing screen is on screen now (no wait). */
    public boolean isShown() {
        return !browser.driver().findElements(By.id("pair")).isEmpty();
    }

    /** Opens the pairing link a manager hands out; what follows is the attract screen or a problem. */
    public void followLink(String baseUrl, String code) {
        browser.open(baseUrl + "/pair?code=" + code);
    }

    public String hint() {
        return browser.textOf("pair-hint");
    }

    public void waitForError(String text) {
        browser.waitForText("pair-error", text);
    }

    /** Types the code on the on-screen keyboard, key by key (the dash included). */
    public PairViewElement typeOnScreen(String code) {
        for (char c : code.toCharArray()) {
            browser.clickCentered(By.cssSelector("#pair-code-keyboard vaadin-button[aria-label='" + c + "']"));
        }
        return this;
    }

    /** The on-screen keyboard's OK. */
    public void submitOnScreen() {
        browser.click("pair-code-keyboard-enter");
    }
}
