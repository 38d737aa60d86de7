package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/**
 * Sign-in ({@code LoginView}) and the staff start page ({@code StaffHomeView}, /staff) with its links to
 * the managers' pages. The worklist on it is {@link WorklistViewElement}.
 */
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

    /** Waits until the membership desk's renewals say the text. */
    public void waitForRenewals(String text) {
        browser.waitForText("renewals", text);
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

    public StaffViewElement waitUntilShown() {
        browser.byId("staff-home");
        return this;
    }

    /** Waits for the notice a staff member gets on a page that is not for their account ({@code NotAllowedView}). */
    public void waitForNotAllowed() {
        browser.byId("not-allowed");
    }

    /** "Kembali" on that notice: back to the start page. */
    public StaffViewElement backFromNotAllowed() {
        browser.click("not-allowed-back");
        return waitUntilShown();
    }

    /** Opens the staff page without a session: the sign-in shows instead. */
    public LoginViewElement openSignedOut(String baseUrl) {
        browser.open(baseUrl + "/staff");
        return new LoginViewElement(browser).waitUntilShown();
    }

    /** Whether the staff start page is on screen now (no wait). */
    public boolean isShown() {
        return !browser.driver().findElements(By.id("staff-home")).isEmpty();
    }

    /** Whether the start page links to the dashboard (managers only; no wait). */
    public boolean linksToDashboard() {
        return !browser.driver().findElements(By.id("dashboard-link")).isEmpty();
    }

    /** Waits for the warning that an idle session is about to end. */
    public void waitForIdleWarning() {
        browser.find(By.id("idle-stay"));
    }

    /** "Tetap masuk" on the idle warning. */
    public void staySignedIn() {
        browser.click("idle-stay");
    }

    public SatisfactionViewElement openSatisfaction() {
        browser.click("satisfaction-link");
        return new SatisfactionViewElement(browser).waitUntilShown();
    }

    public DashboardViewElement openDashboard() {
        browser.click("dashboard-link");
        return new DashboardViewElement(browser).waitUntilShown();
    }

    public OpeningHoursViewElement openHours() {
        browser.click("hours-link");
        return new OpeningHoursViewElement(browser).waitUntilShown();
    }

    public ModelsViewElement openModels() {
        browser.click("models-link");
        return new ModelsViewElement(browser).waitUntilShown();
    }

    public KioskDevicesViewElement openKiosks() {
        browser.click("kiosks-link");
        return new KioskDevicesViewElement(browser).waitUntilShown();
    }

    public DataRequestsViewElement openDataRequests() {
        browser.click("data-requests-link");
        return new DataRequestsViewElement(browser).waitUntilShown();
    }

    public ProgrammeViewElement openProgramme() {
        browser.click("programme-link");
        return new ProgrammeViewElement(browser).waitUntilShown();
    }

    public MemberImportViewElement openMembers() {
        browser.click("members-link");
        return new MemberImportViewElement(browser).waitUntilShown();
    }
}
