package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Workshops and events at the kiosk ({@code WorkshopsView}, /kegiatan, "Kegiatan & pendaftaran"): the
 * programme, a workshop's details, sign-up with a card or as a guest, the QR ticket, and "Tiket saya".
 */
public record WorkshopsViewElement(Browser browser) {

    public WorkshopsViewElement open(String baseUrl) {
        browser.open(baseUrl + "/kegiatan");
        return waitUntilShown();
    }

    public WorkshopsViewElement waitUntilShown() {
        browser.byId("workshops");
        return this;
    }

    /** Waits for the programme's list. */
    public WorkshopsViewElement waitForList() {
        browser.byId("workshop-list");
        return this;
    }

    /** Waits (without reloading) until the programme lists the text, e.g. a workshop's title. */
    public void waitForList(String text) {
        browser.waitForText("workshop-list", text);
    }

    /** The titles of the workshop cards shown (the programme, or "Tiket saya"), in order. */
    public java.util.List<String> cardTitles() {
        return browser.driver().findElements(By.cssSelector(".kiosk-workshop-card h2")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
    }

    /** A workshop's card in the programme, as its text. */
    public String card(long workshopId) {
        return browser.find(By.cssSelector("[data-workshop-id='" + workshopId + "']"))
                .getText();
    }

    /** A workshop's card in the programme as its text now (no wait; empty when it is not shown). */
    public String cardTextNow(long workshopId) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "const c = document.querySelector(arguments[0]); return c ? c.innerText : '';",
                        "[data-workshop-id='" + workshopId + "']");
    }

    /** Scrolls a workshop's card to the middle of the screen. */
    public void scrollToCard(long workshopId) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelector(arguments[0]).scrollIntoView({block: 'center'});",
                        "[data-workshop-id='" + workshopId + "']");
    }

    /** Opens a workshop's details. */
    public WorkshopsViewElement openWorkshop(long workshopId) {
        browser.click("workshop-" + workshopId + "-open");
        return this;
    }

    /** The open workshop's seats ("Sisa 3 kursi", "Penuh"). */
    public String seats() {
        return browser.textOf("workshop-seats");
    }

    /** Waits for the open workshop's sign-up buttons. */
    public WorkshopsViewElement waitForSignUp() {
        browser.byId("signup-guest");
        return this;
    }

    /** Waits for the guest form (its submit button). */
    public WorkshopsViewElement waitForGuestForm() {
        browser.byId("guest-submit");
        return this;
    }

    /** "Daftar tanpa kartu": the guest form. */
    public WorkshopsViewElement signUpAsGuest() {
        browser.click("signup-guest");
        return this;
    }

    public WorkshopsViewElement guestName(String name) {
        browser.find(By.cssSelector("#guest-name input")).sendKeys(name);
        return this;
    }

    public WorkshopsViewElement guestEmail(String address) {
        browser.find(By.cssSelector("#guest-email input")).sendKeys(address);
        return this;
    }

    public WorkshopsViewElement guestPhone(String number) {
        browser.find(By.cssSelector("#guest-phone input")).sendKeys(number);
        return this;
    }

    public WorkshopsViewElement guestConsent() {
        browser.click("guest-consent");
        return this;
    }

    public WorkshopsViewElement submitGuest() {
        browser.click("guest-submit");
        return this;
    }

    public String guestError() {
        return browser.textOf("guest-error");
    }

    /** The ticket's code, shown after a sign-up. */
    public String ticketCode() {
        return browser.textOf("ticket-code");
    }

    /** The ticket's QR image as a PNG, for a reader to decode. */
    public byte[] ticketQr() {
        return browser.byId("ticket-qr").getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    /** The sessions listed on the ticket shown. */
    public String ticketSessions() {
        return browser.textOf("ticket-sessions");
    }

    /** "Tiket saya", ready for a card or a ticket code to be scanned. */
    public WorkshopsViewElement openMyTickets() {
        browser.click("my-tickets");
        return this;
    }

    /**
     * Waits until the workshop cards shown are exactly these titles, in order (a list rendered again
     * while read is read again).
     */
    public void waitForCardTitles(java.util.List<String> titles) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> cardTitles().equals(titles));
    }

    /** Waits for "Tiket saya"'s card field. */
    public WorkshopsViewElement waitForCardField() {
        browser.byId("card-number");
        return this;
    }

    /** Scans a card or a ticket code into "Tiket saya" (a scanner types it, then Enter). */
    public WorkshopsViewElement scan(String cardOrTicket) {
        browser.find(By.cssSelector("#card-number input")).sendKeys(cardOrTicket + Keys.ENTER);
        return this;
    }

    /** "Tiket saya": scans a card or a ticket code (a scanner types it, then Enter). */
    public WorkshopsViewElement myTickets(String cardOrTicket) {
        openMyTickets();
        return scan(cardOrTicket);
    }

    /** Shows the (first) ticket listed under "Tiket saya". */
    public WorkshopsViewElement showTicket() {
        browser.clickCentered(By.cssSelector("vaadin-button.show-ticket"));
        return this;
    }

    /** Waits for a registration's cancel button under "Tiket saya". */
    public WorkshopsViewElement waitForCancelButton() {
        browser.find(By.cssSelector("vaadin-button.cancel-registration"));
        return this;
    }

    /** "Batalkan" on the (first) registration: returns the question asked first. */
    public String askToCancel() {
        browser.clickCentered(By.cssSelector("vaadin-button.cancel-registration"));
        return browser.textOf("cancel-confirm-title");
    }

    /** "Tidak" on the question: the seat is kept. */
    public WorkshopsViewElement keepRegistration() {
        browser.click("cancel-confirm-no");
        return this;
    }

    /** "Ya" on the question: the seat is given up. */
    public ResultElement confirmCancel() {
        browser.click("cancel-confirm-yes");
        return new ResultElement(browser);
    }
}
