package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.hours.service.OpeningHoursService;
import id.blitar.kiosk.report.service.Period;
import id.blitar.kiosk.report.service.ReportService;
import id.blitar.kiosk.server.ServerIT;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The managers' dashboard and official reports in a real browser on an office screen: the demo history
 * drawn as ECharts charts (canvases), the period switched, a bad period refused, the three reports
 * previewed and downloaded as XLSX and CSV with the manager's session; a librarian is kept out.
 */
class DashboardBrowserIT extends ServerIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    ReportService reports;

    @Autowired
    Clock clock;

    @Autowired
    OpeningHoursService hours;

    @Test
    void shouldShowChartsSwitchThePeriodAndDownloadTheReports() throws Exception {
        LocalDate today = LocalDate.now(clock);
        try (Browser manager = new Browser(1366, 768)) {
            new StaffViewElement(manager).signIn(url(""), "kepala", "kepala123");
            manager.click("dashboard-link");
            manager.byId("dashboard");
            waitForChart(manager, "chart-visits-per-day");
            waitForChart(manager, "chart-heatmap");
            waitForChart(manager, "chart-happy");
            assertThat(manager.textOf("dashboard-period"))
                    .contains(DAY.format(Period.weekUntil(today).from()), DAY.format(today));
            assertThat(digits(manager.textOf("tile-people")))
                    .isEqualTo(reports.visits(Period.weekUntil(today)).people());
            assertThat(manager.byId("chart-heatmap").getDomAttribute("aria-label"))
                    .startsWith("Jam tersibuk");
            manager.checkAndScreenshot("110-dashboard-week");
            scrollTo(manager, "chart-heatmap");
            manager.screenshot("110b-dashboard-heatmap");

            manager.click("period-month");
            manager.waitForText("dashboard-period", DAY.format(today.withDayOfMonth(1)));
            waitForChart(manager, "chart-visits-per-day");
            assertThat(digits(manager.textOf("tile-people")))
                    .isEqualTo(reports.visits(Period.monthUntil(today)).people());
            long asked = reports.questions(Period.monthUntil(today)).asked();
            assertThat(digits(manager.textOf("tile-asked"))).isEqualTo(asked);
            manager.checkAndScreenshot("111-dashboard-month");
            scrollTo(manager, "section-questions");
            manager.screenshot("112-dashboard-questions-events");
            scrollTo(manager, "section-satisfaction");
            manager.screenshot("113-dashboard-satisfaction");

            // A custom period that ends before it starts: a message, the figures stay as they were.
            setDate(manager, "dashboard-from", today);
            setDate(manager, "dashboard-to", today.minusDays(3));
            manager.click("dashboard-show");
            manager.waitForText("dashboard-problem", "Tanggal akhir harus");
            assertThat(manager.textOf("dashboard-period")).contains(DAY.format(today.withDayOfMonth(1)));
            // The previous eight weeks, chosen by hand, include the demo history's workshops.
            setDate(manager, "dashboard-from", today.minusWeeks(8));
            setDate(manager, "dashboard-to", today.minusDays(1));
            manager.click("dashboard-show");
            manager.waitForText("dashboard-period", DAY.format(today.minusWeeks(8)));
            waitForChart(manager, "chart-events");
            assertThat(digits(manager.textOf("tile-activities"))).isGreaterThanOrEqualTo(5);
            scrollTo(manager, "section-events");
            manager.checkAndScreenshot("114-dashboard-eight-weeks-events");

            manager.click("dashboard-reports-link");
            manager.byId("reports");
            assertThat(manager.textOf("monthly-preview")).contains("Non-anggota", "Jumlah");
            assertThat(manager.textOf("iplm-preview")).contains("UPLM 4", "UPLM 6", "UPLM 7");
            manager.checkAndScreenshot("115-reports");
            scrollTo(manager, "skm-report");
            manager.screenshot("116-reports-skm");

            // The downloads answer the manager's session with the right files.
            HttpResponse<byte[]> xlsx = download(manager, "monthly-xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            long monthPeople =
                    reports.visits(Period.month(YearMonth.from(today))).people();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Row total = null;
                for (Row row : workbook.getSheetAt(0)) {
                    if (row.getCell(0) != null && "Jumlah".equals(row.getCell(0).toString())) {
                        total = row;
                    }
                }
                assertThat(total).isNotNull();
                assertThat(total.getCell(total.getLastCellNum() - 1).getNumericCellValue())
                        .as("the report's total is the dashboard's month")
                        .isEqualTo((double) monthPeople);
            }
            HttpResponse<byte[]> csv = download(manager, "monthly-csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").contains("\"Non-anggota\"");
            assertThat(download(manager, "iplm-xlsx").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> skm = download(manager, "skm-csv");
            assertThat(new String(skm.body(), StandardCharsets.UTF_8)).contains("\"U9\"");

            // A bad IPLM period: a message, no table and no downloads.
            setDate(manager, "iplm-from", today);
            setDate(manager, "iplm-to", today.minusDays(1));
            manager.click("iplm-show");
            manager.waitForText("iplm-problem", "Tanggal akhir harus");
            assertThat(manager.driver().findElements(By.id("iplm-xlsx"))).isEmpty();
            manager.checkAndScreenshot("117-reports-bad-period");
        }

        try (Browser librarian = new Browser(1366, 768)) {
            new StaffViewElement(librarian).signIn(url(""), "rujukan", "rujukan123");
            assertThat(librarian.driver().findElements(By.id("dashboard-link"))).isEmpty();
            librarian.open(url("/manage/reports"));
            assertThat(librarian.driver().findElements(By.id("reports"))).isEmpty();
            librarian.open(url("/manage"));
            assertThat(librarian.driver().findElements(By.id("dashboard"))).isEmpty();
        }
    }

    @Test
    void shouldKeepAHolidayTypedInIndonesianOutOfTheServiceDays() {
        LocalDate independenceDay = LocalDate.of(LocalDate.now(clock).getYear() + 1, 8, 17);
        String shown = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                .withLocale(java.util.Locale.forLanguageTag("id"))
                .format(independenceDay);
        try (Browser manager = new Browser(1366, 768)) {
            new StaffViewElement(manager).signIn(url(""), "kepala", "kepala123");
            manager.click("hours-link");
            manager.byId("weekly-hours");
            assertThat(manager.textOf("weekly-hours")).contains("Senin", "Minggu", "08:00\u201320:00 WIB");

            // Typed the Indonesian way, day first; no description yet: a message and nothing stored.
            WebElement day = manager.find(By.cssSelector("#closure-day input"));
            day.sendKeys(DAY.format(independenceDay), Keys.ENTER);
            manager.waitForVaadin();
            assertThat(day.getDomProperty("value")).isEqualTo(DAY.format(independenceDay));
            manager.click("closure-add");
            manager.waitForText("closure-problem", "Tulis keterangannya");
            assertThat(hours.closures(java.time.Year.from(independenceDay))).isEmpty();

            manager.find(By.cssSelector("#closure-reason input")).sendKeys("Hari Kemerdekaan RI");
            manager.click("closure-add");
            manager.waitForText("closures", "Hari Kemerdekaan RI");
            assertThat(manager.textOf("closures")).contains(shown, "kepala");
            assertThat(manager.driver().findElement(By.id("closure-problem")).getDomProperty("textContent"))
                    .isEmpty();
            assertThat(hours.on(independenceDay)).isEmpty();
            assertThat(hours.openDays(independenceDay.withDayOfMonth(1), independenceDay.withDayOfMonth(31)))
                    .isEqualTo(30);
            // (The date picker's calendar, opened while typing, hides the page from screen readers until it closes.)
            new org.openqa.selenium.support.ui.WebDriverWait(manager.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]"))
                            .isEmpty());
            manager.checkAndScreenshot("114-opening-hours-holiday");

            // Removing asks first.
            manager.click("closure-remove-" + independenceDay);
            manager.find(By.cssSelector("vaadin-button[slot='confirm-button']"));
            manager.clickCentered(By.cssSelector("vaadin-button[slot='confirm-button']"));
            manager.waitForGone("closure-remove-" + independenceDay);
            assertThat(hours.on(independenceDay)).isPresent();
        }
    }

    private static void waitForChart(Browser browser, String id) {
        browser.find(By.cssSelector("#" + id + "[data-drawn='true'] canvas"));
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
        browser.waitForVaadin();
    }

    /** Sets a date picker as a person would, by its value (ISO), and lets Vaadin sync it. */
    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const p = document.getElementById(arguments[0]); p.value = arguments[1];"
                                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        id,
                        date.toString());
        browser.waitForVaadin();
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    private HttpResponse<byte[]> download(Browser browser, String anchorId) throws Exception {
        String href = browser.byId(anchorId).getDomProperty("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
