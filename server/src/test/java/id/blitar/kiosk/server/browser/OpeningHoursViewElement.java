package id.blitar.kiosk.server.browser;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opening hours and closed days for managers ({@code OpeningHoursView}, /manage/hours). */
public record OpeningHoursViewElement(Browser browser) {

    public OpeningHoursViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage/hours");
        return waitUntilShown();
    }

    public OpeningHoursViewElement waitUntilShown() {
        browser.byId("weekly-hours");
        return this;
    }

    public String weeklyHours() {
        return browser.textOf("weekly-hours");
    }

    /** Types a closed day's date as staff would, then Enter; returns what the field shows. */
    public String typeClosureDay(String date) {
        var day = browser.find(By.cssSelector("#closure-day input"));
        day.sendKeys(date, Keys.ENTER);
        browser.waitForVaadin();
        return day.getDomProperty("value");
    }

    public OpeningHoursViewElement typeClosureReason(String reason) {
        browser.find(By.cssSelector("#closure-reason input")).sendKeys(reason);
        return this;
    }

    public OpeningHoursViewElement addClosure() {
        browser.click("closure-add");
        return this;
    }

    public void waitForProblem(String text) {
        browser.waitForText("closure-problem", text);
    }

    /** The problem line's text as it stands (no wait; empty when there is none). */
    public String problem() {
        return browser.driver().findElement(By.id("closure-problem")).getDomProperty("textContent");
    }

    public void waitForClosure(String text) {
        browser.waitForText("closures", text);
    }

    public String closures() {
        return browser.textOf("closures");
    }

    /** Waits until the date picker's calendar, opened while typing, has closed again. */
    public void waitForCalendarClosed() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]"))
                        .isEmpty());
    }

    /** Removes a closed day, confirming the question, and waits until its row is gone. */
    public void removeClosure(LocalDate day) {
        browser.click("closure-remove-" + day);
        browser.find(By.cssSelector("vaadin-button[slot='confirm-button']"));
        browser.clickCentered(By.cssSelector("vaadin-button[slot='confirm-button']"));
        browser.waitForGone("closure-remove-" + day);
    }
}
