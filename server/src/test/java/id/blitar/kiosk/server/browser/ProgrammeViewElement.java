package id.blitar.kiosk.server.browser;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The staff programme ({@code ProgrammeView}) and its workshop form. */
public record ProgrammeViewElement(Browser browser) {

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

    public String problems() {
        return browser.textOf("workshop-problems");
    }

    /** The list row of the workshop with this title. */
    public WebElement row(String title) {
        return browser.find(
                By.xpath("//tr[contains(concat(' ', @class, ' '), ' programme-row ')][.//td[normalize-space()='" + title
                        + "']]"));
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
