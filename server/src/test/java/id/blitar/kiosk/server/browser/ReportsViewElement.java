package id.blitar.kiosk.server.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The official reports for managers ({@code ReportsView}, /manage/reports): monthly visits, IPLM, SKM. */
public record ReportsViewElement(Browser browser) {

    public ReportsViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage/reports");
        return waitUntilShown();
    }

    public ReportsViewElement waitUntilShown() {
        browser.byId("reports");
        return this;
    }

    /** Whether the reports are on screen now (no wait). */
    public boolean isShown() {
        return !browser.driver().findElements(By.id("reports")).isEmpty();
    }

    public String monthlyPreview() {
        return browser.textOf("monthly-preview");
    }

    public String iplmPreview() {
        return browser.textOf("iplm-preview");
    }

    public void scrollToSkm() {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", "skm-report");
        browser.waitForVaadin();
    }

    /** The address of a download: monthly-xlsx, monthly-csv, iplm-xlsx, skm-csv. */
    public String downloadAddress(String download) {
        return browser.byId(download).getDomProperty("href");
    }

    /** Chooses the IPLM report's period and asks for it. */
    public ReportsViewElement showIplm(LocalDate from, LocalDate to) {
        new DatePickerElement(browser, "iplm-from").set(from);
        new DatePickerElement(browser, "iplm-to").set(to);
        browser.click("iplm-show");
        return this;
    }

    public void waitForIplmProblem(String text) {
        browser.waitForText("iplm-problem", text);
    }

    /** Whether the IPLM XLSX download is offered now (no wait). */
    public boolean offersIplmDownload() {
        return !browser.driver().findElements(By.id("iplm-xlsx")).isEmpty();
    }
}
