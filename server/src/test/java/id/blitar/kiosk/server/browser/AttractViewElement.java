package id.blitar.kiosk.server.browser;

/**
 * The attract screen ({@code AttractView}, /): at the entrance, the exit (with the poll's smileys and
 * check-out), the reference desk, or an event room, as the device is set up ({@code ?mode=}).
 */
public record AttractViewElement(Browser browser) {

    /** Opens the kiosk in the mode this browser was set to (the entrance unless told otherwise). */
    public AttractViewElement open(String baseUrl) {
        browser.open(baseUrl + "/");
        return waitUntilShown();
    }

    /** Opens the kiosk in a mode (entrance, exit, reference, event-room), kept in a cookie by the browser. */
    public AttractViewElement open(String baseUrl, String mode) {
        browser.open(baseUrl + "/?mode=" + mode);
        return waitUntilShown();
    }

    /**
     * Starts loading the kiosk in a mode and returns at the page's load event, before Vaadin has drawn and
     * attached the screen (a kiosk starting up, or reloading after a reconnect).
     */
    public AttractViewElement startLoading(String baseUrl, String mode) {
        browser.driver().get(baseUrl + "/?mode=" + mode);
        return this;
    }

    /** Whether the attract screen is on screen now (no wait). */
    public boolean isShown() {
        return !browser.driver()
                .findElements(org.openqa.selenium.By.id("attract"))
                .isEmpty();
    }

    public String title() {
        return browser.textOf("attract-title");
    }

    public String subtitle() {
        return browser.textOf("attract-subtitle");
    }

    public void waitForTitle(String text) {
        browser.waitForText("attract-title", text);
    }

    public AttractViewElement waitUntilShown() {
        browser.byId("attract");
        return this;
    }

    public String openingHours() {
        return browser.textOf("opening-hours");
    }

    public CheckInViewElement checkIn() {
        browser.click("start-check-in");
        return new CheckInViewElement(browser).waitUntilShown();
    }

    /**
     * Taps the check-in button and returns at once, before the check-in screen is there: whatever comes next
     * (a scan) starts during the round trip.
     */
    public void tapCheckInWithoutWaiting() {
        org.openqa.selenium.WebElement start =
                browser.driver().findElement(org.openqa.selenium.By.id("start-check-in"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", start);
    }

    public CheckInViewElement checkOut() {
        browser.click("start-check-out");
        browser.byId("check-out");
        return new CheckInViewElement(browser);
    }

    public AskViewElement ask() {
        browser.click("start-ask");
        return new AskViewElement(browser).waitUntilShown();
    }

    /** Waits until the check-in button reads the text (it follows the language). */
    public void waitForCheckInButton(String text) {
        browser.waitForText("start-check-in", text);
    }

    public String checkInButtonText() {
        return browser.textOf("start-check-in");
    }

    /** Chooses a language by its code: id, en or jv. */
    public AttractViewElement switchLanguage(String code) {
        browser.click("language-" + code);
        browser.waitForVaadin();
        return waitUntilShown();
    }

    /** Waits for the exit kiosk's smileys. */
    public AttractViewElement waitForPoll() {
        browser.byId("poll");
        return this;
    }

    /** Taps a smiley (very-happy, happy, unhappy, …) and waits for the poll's optional questions. */
    public PollViewElement tapMood(String mood) {
        browser.click("mood-" + mood);
        return new PollViewElement(browser).waitUntilShown();
    }

    /** Taps a smiley where the tap is not counted (a repeat): the visitor is only thanked. */
    public ResultElement tapMoodAgain(String mood) {
        browser.click("mood-" + mood);
        return new ResultElement(browser);
    }

    /** Waits for a "you said … we did …" line published by a manager. */
    public void waitForFeedbackAction(String text) {
        browser.waitForText("feedback-actions", text);
    }

    /** Waits for the entrance's check-in button. */
    public AttractViewElement waitForCheckIn() {
        browser.byId("start-check-in");
        return this;
    }

    /** Waits for the exit kiosk's check-out button. */
    public AttractViewElement waitForCheckOut() {
        browser.byId("start-check-out");
        return this;
    }

    /** Whether an entrance's check-in button is on screen now (no wait). */
    public boolean offersCheckIn() {
        return !browser.driver()
                .findElements(org.openqa.selenium.By.id("start-check-in"))
                .isEmpty();
    }

    /** The classes of "Tanya pustakawan" (kiosk-journey-primary where it comes first). */
    public String askButtonClass() {
        return browser.byId("start-ask").getDomAttribute("class");
    }

    public String catalogueQrAlt() {
        return browser.byId("catalogue-qr").getDomAttribute("alt");
    }

    public MyDataViewElement openMyData() {
        browser.click("start-my-data");
        return new MyDataViewElement(browser).waitUntilShown();
    }

    /** Waits for the panel of upcoming workshops and events. */
    public AttractViewElement waitForUpcomingEvents() {
        browser.byId("upcoming-events");
        return this;
    }

    /** "Kegiatan & pendaftaran". */
    public WorkshopsViewElement openWorkshops() {
        browser.click("start-workshops");
        return new WorkshopsViewElement(browser).waitForList();
    }
}
