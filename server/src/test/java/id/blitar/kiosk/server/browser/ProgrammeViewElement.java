package id.blitar.kiosk.server.browser;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The staff programme ({@code ProgrammeView}, /manage/programme) and its workshop form. */
public record ProgrammeViewElement(Browser browser) {

    public ProgrammeViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage/programme");
        return waitUntilShown();
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public ProgrammeViewElement waitUntilShown() {
        browser.byId("programme");
        return this;
    }

    public ProgrammeViewElement openNewForm() {
        browser.click("workshop-new");
        browser.byId("workshop-form");
        return this;
    }

    public void type(String fieldId, String text) {
        WebElement input = browser.find(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        scroll(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        browser.waitForVaadin();
    }

    public void choose(String selectId, String itemText) {
        browser.clickCentered(By.id(selectId));
        browser.clickCentered(By.xpath("//vaadin-select-item[normalize-space()='" + itemText + "']"));
    }

    public void check(String groupId, String labelText) {
        browser.clickCentered(
                By.xpath("//*[@id='" + groupId + "']//vaadin-checkbox[contains(., '" + labelText + "')]"));
    }

    /** Types a date and a time into a date-time picker, as staff would on the keyboard. */
    public void dateTime(WebElement picker, LocalDateTime value) {
        dateTime(picker, DATE.format(value), TIME.format(value));
    }

    /** Types the date and the time as given, e.g. the Indonesian way: {@code 5/9/2027} and {@code 16.00}. */
    public void dateTime(WebElement picker, String dateText, String timeText) {
        WebElement date = picker.findElement(By.cssSelector("vaadin-date-picker input"));
        scroll(date);
        date.click();
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), dateText, Keys.ENTER);
        browser.waitForVaadin();
        WebElement time = picker.findElement(By.cssSelector("vaadin-time-picker input"));
        time.click();
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), timeText, Keys.ENTER, Keys.TAB);
        browser.waitForVaadin();
    }

    public void dateTime(String pickerId, LocalDateTime value) {
        dateTime(browser.byId(pickerId), value);
    }

    /** Types the date and the time as given into the picker with this id. */
    public void dateTime(String pickerId, String dateText, String timeText) {
        dateTime(browser.byId(pickerId), dateText, timeText);
    }

    /** The n-th session row's start and end (from 1). */
    public void session(int number, LocalDateTime start, LocalDateTime end) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#workshop-sessions .programme-session"));
        WebElement row = rows.get(number - 1);
        dateTime(row.findElement(By.cssSelector(".session-start")), start);
        dateTime(row.findElement(By.cssSelector(".session-end")), end);
    }

    public void addSession() {
        browser.click("session-add");
    }

    public void save() {
        browser.click("workshop-save");
    }

    /** Waits until the form's problems say the text. */
    public void waitForProblems(String text) {
        browser.waitForText("workshop-problems", text);
    }

    public String problems() {
        return browser.textOf("workshop-problems");
    }

    /** The list row of the workshop with this title. */
    public WebElement row(String title) {
        return browser.find(
                By.xpath("//tr[contains(concat(' ', @class, ' '), ' programme-row ')][.//td[normalize-space()='" + title
                        + "']]"));
    }

    /** A workshop's row in the list, as its text. */
    public String rowText(long workshopId) {
        return browser.find(By.cssSelector(".programme-row[data-workshop-id='" + workshopId + "']"))
                .getText();
    }

    /** How many seats of a workshop are taken, as its row shows it. */
    public String taken(long workshopId) {
        return browser.find(By.cssSelector(".programme-row[data-workshop-id='" + workshopId + "'] .programme-taken"))
                .getText();
    }

    /** Waits (without reloading) until the list shows the text. */
    public void waitForList(String text) {
        browser.waitForText("programme-list", text);
    }

    /** The form's value of a text field, by its id. */
    public String value(String fieldId) {
        return browser.find(By.cssSelector("#" + fieldId + " input")).getDomProperty("value");
    }

    /** How many session rows the form has. */
    public int sessionCount() {
        return browser.driver()
                .findElements(By.cssSelector("#workshop-sessions .programme-session"))
                .size();
    }

    public void waitUntilFormClosed() {
        browser.waitForGone("workshop-form");
    }

    /** Waits until the registrations dialog lists the text, and returns all of it. */
    public String waitForRegistrations(String text) {
        browser.waitForText("workshop-registrations", text);
        return browser.textOf("workshop-registrations");
    }

    public void closeRegistrations() {
        browser.click("workshop-registrations-close");
    }

    /** The cancel question's text (title, how many signed up). */
    public String cancelQuestion() {
        return browser.textOf("workshop-cancel-text");
    }

    public void confirmCancel() {
        browser.click("workshop-cancel-yes");
    }

    public void clickInRow(long workshopId, String buttonClass) {
        browser.clickCentered(
                By.cssSelector(".programme-row[data-workshop-id='" + workshopId + "'] vaadin-button." + buttonClass));
    }

    private void scroll(WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
