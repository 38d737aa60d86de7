package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/**
 * "Data saya" ({@code MyDataView}, /data-saya): a member (card) or a workshop guest (code by e-mail) sees
 * their data, masked for passers-by, and asks for its deletion.
 */
public record MyDataViewElement(Browser browser) {

    public MyDataViewElement open(String baseUrl) {
        browser.open(baseUrl + "/data-saya");
        return waitUntilShown();
    }

    public MyDataViewElement waitUntilShown() {
        browser.byId("my-data");
        return this;
    }

    public void waitForMembership(String text) {
        browser.waitForText("my-data-membership", text);
    }

    public String membership() {
        return browser.textOf("my-data-membership");
    }

    /** Whether the membership data is on screen now (no wait). */
    public boolean showsMembership() {
        return !browser.driver().findElements(By.id("my-data-membership")).isEmpty();
    }

    public String visits() {
        return browser.textOf("my-data-visits");
    }

    public String retention() {
        return browser.textOf("my-data-retention");
    }

    /** "Hapus data saya": waits for the question, which {@link #confirmErasure()} answers. */
    public MyDataViewElement askForErasure() {
        browser.click("my-data-erase");
        browser.byId("my-data-confirm");
        return this;
    }

    public ResultElement confirmErasure() {
        browser.click("my-data-confirm-yes");
        return new ResultElement(browser);
    }

    /** A guest without a card: the e-mail step, waiting for its send button. */
    public MyDataViewElement chooseEmail() {
        browser.click("my-data-by-email");
        browser.byId("my-data-email-send");
        return this;
    }

    /** A guest without a card: types their e-mail address. */
    public MyDataViewElement byEmail(String address) {
        browser.click("my-data-by-email");
        browser.find(By.cssSelector("#my-data-email input")).sendKeys(address);
        browser.waitForVaadin();
        return this;
    }

    /** Sends the code to the address typed and waits for the code field. */
    public MyDataViewElement sendCode() {
        browser.click("my-data-email-send");
        browser.byId("my-data-code");
        return this;
    }

    public MyDataViewElement enterCode(String code) {
        browser.find(By.cssSelector("#my-data-code input")).sendKeys(code);
        browser.click("my-data-code-submit");
        return this;
    }

    public void waitForCodeProblem(String text) {
        browser.waitForText("my-data-code-error", text);
    }

    public void waitForQuestions(String text) {
        browser.waitForText("my-data-questions", text);
    }
}
