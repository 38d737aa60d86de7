package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/** Sign-in ({@code LoginView}) and the staff start page ({@code StaffHomeView}). */
public record StaffViewElement(Browser browser) {

    public StaffViewElement signIn(String baseUrl, String username, String password) {
        browser.open(baseUrl + "/login");
        browser.find(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        browser.find(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.find(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        browser.byId("staff-home");
        browser.waitForVaadin();
        return this;
    }

    public String renewalsText() {
        return browser.textOf("renewals");
    }

    /** Records "Diperpanjang" on the (only) open renewal, after checking it is the given card's. */
    public void renewOnlyRenewal(String cardNumber) {
        if (!renewalsText().contains(cardNumber)) {
            throw new AssertionError("No renewal of " + cardNumber + " listed");
        }
        browser.find(By.xpath("//vaadin-button[normalize-space()='Diperpanjang']"))
                .click();
        browser.waitForVaadin();
    }
}
