package id.blitar.kiosk.server.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The managers' dashboard ({@code DashboardView}, /manage): tiles and charts for a period. */
public record DashboardViewElement(Browser browser) {

    public DashboardViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage");
        return waitUntilShown();
    }

    public DashboardViewElement waitUntilShown() {
        browser.byId("dashboard");
        return this;
    }

    /** Whether the dashboard is on screen now (no wait): a librarian who opens its address never sees it. */
    public boolean isShown() {
        return !browser.driver().findElements(By.id("dashboard")).isEmpty();
    }

    /** Waits until a chart (visits-per-day, heatmap, happy, events) has been drawn. */
    public DashboardViewElement waitForChart(String chart) {
        browser.find(By.cssSelector("#chart-" + chart + "[data-drawn='true'] canvas"));
        return this;
    }

    /** What a screen reader says about a chart. */
    public String chartLabel(String chart) {
        return browser.byId("chart-" + chart).getDomAttribute("aria-label");
    }

    /** The period shown, as a sentence with both dates. */
    public String period() {
        return browser.textOf("dashboard-period");
    }

    public void waitForPeriod(String text) {
        browser.waitForText("dashboard-period", text);
    }

    /** A tile's text by its name: people, asked, activities, … */
    public String tile(String name) {
        return browser.textOf("tile-" + name);
    }

    public DashboardViewElement showMonth() {
        browser.click("period-month");
        return this;
    }

    /** Chooses a period by hand and asks for it ("Tampilkan"). */
    public DashboardViewElement showPeriod(LocalDate from, LocalDate to) {
        new DatePickerElement(browser, "dashboard-from").set(from);
        new DatePickerElement(browser, "dashboard-to").set(to);
        browser.click("dashboard-show");
        return this;
    }

    public void waitForProblem(String text) {
        browser.waitForText("dashboard-problem", text);
    }

    /** Scrolls a chart to the top of the screen (for a screenshot). */
    public void scrollToChart(String chart) {
        scrollTo("chart-" + chart);
    }

    /** Scrolls a section (questions, events, satisfaction) to the top of the screen. */
    public void scrollToSection(String section) {
        scrollTo("section-" + section);
    }

    public ReportsViewElement openReports() {
        browser.click("dashboard-reports-link");
        return new ReportsViewElement(browser).waitUntilShown();
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
        browser.waitForVaadin();
    }
}
