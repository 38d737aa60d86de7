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
import org.openqa.selenium.Cookie;
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
            DashboardViewElement dashboard = new StaffViewElement(manager)
                    .signIn(url(""), "kepala", "kepala123")
                    .openDashboard();
            dashboard.waitForChart("visits-per-day");
            dashboard.waitForChart("heatmap");
            dashboard.waitForChart("happy");
            assertThat(dashboard.period())
                    .contains(DAY.format(Period.weekUntil(today).from()), DAY.format(today));
            assertThat(digits(dashboard.tile("people")))
                    .isEqualTo(reports.visits(Period.weekUntil(today)).people());
            assertThat(dashboard.chartLabel("heatmap")).startsWith("Jam tersibuk");
            manager.checkAndScreenshot("110-dashboard-week");
            dashboard.scrollToChart("heatmap");
            manager.screenshot("110b-dashboard-heatmap");

            dashboard.showMonth();
            dashboard.waitForPeriod(DAY.format(today.withDayOfMonth(1)));
            dashboard.waitForChart("visits-per-day");
            assertThat(digits(dashboard.tile("people")))
                    .isEqualTo(reports.visits(Period.monthUntil(today)).people());
            long asked = reports.questions(Period.monthUntil(today)).asked();
            assertThat(digits(dashboard.tile("asked"))).isEqualTo(asked);
            manager.checkAndScreenshot("111-dashboard-month");
            dashboard.scrollToSection("questions");
            manager.screenshot("112-dashboard-questions-events");
            dashboard.scrollToSection("satisfaction");
            manager.screenshot("113-dashboard-satisfaction");

            // A custom period that ends before it starts: a message, the figures stay as they were.
            dashboard.showPeriod(today, today.minusDays(3));
            dashboard.waitForProblem("Tanggal akhir harus");
            assertThat(dashboard.period()).contains(DAY.format(today.withDayOfMonth(1)));
            // The previous eight weeks, chosen by hand, include the demo history's workshops.
            dashboard.showPeriod(today.minusWeeks(8), today.minusDays(1));
            dashboard.waitForPeriod(DAY.format(today.minusWeeks(8)));
            dashboard.waitForChart("events");
            assertThat(digits(dashboard.tile("activities"))).isGreaterThanOrEqualTo(5);
            dashboard.scrollToSection("events");
            manager.checkAndScreenshot("114-dashboard-eight-weeks-events");

            ReportsViewElement official = dashboard.openReports();
            assertThat(official.monthlyPreview()).contains("Non-anggota", "Jumlah");
            assertThat(official.iplmPreview()).contains("UPLM 4", "UPLM 6", "UPLM 7");
            manager.checkAndScreenshot("115-reports");
            official.scrollToSkm();
            manager.screenshot("116-reports-skm");

            // The downloads answer the manager's session with the right files.
            HttpResponse<byte[]> xlsx = download(manager, official.downloadAddress("monthly-xlsx"));
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
            HttpResponse<byte[]> csv = download(manager, official.downloadAddress("monthly-csv"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").contains("\"Non-anggota\"");
            assertThat(download(manager, official.downloadAddress("iplm-xlsx")).statusCode())
                    .isEqualTo(200);
            HttpResponse<byte[]> skm = download(manager, official.downloadAddress("skm-csv"));
            assertThat(new String(skm.body(), StandardCharsets.UTF_8)).contains("\"U9\"");

            // A bad IPLM period: a message, no table and no downloads.
            official.showIplm(today, today.minusDays(1));
            official.waitForIplmProblem("Tanggal akhir harus");
            assertThat(official.offersIplmDownload()).isFalse();
            manager.checkAndScreenshot("117-reports-bad-period");
        }

        try (Browser librarian = new Browser(1366, 768)) {
            StaffViewElement home = new StaffViewElement(librarian).signIn(url(""), "rujukan", "rujukan123");
            assertThat(home.linksToDashboard()).isFalse();
            librarian.open(url("/manage/reports"));
            assertThat(new ReportsViewElement(librarian).isShown()).isFalse();
            librarian.open(url("/manage"));
            assertThat(new DashboardViewElement(librarian).isShown()).isFalse();
        }
    }

    @Test
    void shouldKeepAHolidayTypedInIndonesianOutOfTheServiceDays() {
        LocalDate independenceDay = LocalDate.of(LocalDate.now(clock).getYear() + 1, 8, 17);
        String shown = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
                .withLocale(java.util.Locale.forLanguageTag("id"))
                .format(independenceDay);
        try (Browser manager = new Browser(1366, 768)) {
            OpeningHoursViewElement hoursView = new StaffViewElement(manager)
                    .signIn(url(""), "kepala", "kepala123")
                    .openHours();
            assertThat(hoursView.weeklyHours()).contains("Senin", "Minggu", "08:00\u201320:00 WIB");

            // Typed the Indonesian way, day first; no description yet: a message and nothing stored.
            assertThat(hoursView.typeClosureDay(DAY.format(independenceDay))).isEqualTo(DAY.format(independenceDay));
            hoursView.addClosure();
            hoursView.waitForProblem("Tulis keterangannya");
            assertThat(hours.closures(java.time.Year.from(independenceDay))).isEmpty();

            hoursView.typeClosureReason("Hari Kemerdekaan RI").addClosure();
            hoursView.waitForClosure("Hari Kemerdekaan RI");
            assertThat(hoursView.closures()).contains(shown, "kepala");
            assertThat(hoursView.problem()).isEmpty();
            assertThat(hours.on(independenceDay)).isEmpty();
            assertThat(hours.openDays(independenceDay.withDayOfMonth(1), independenceDay.withDayOfMonth(31)))
                    .isEqualTo(30);
            // (The date picker's calendar, opened while typing, hides the page from screen readers until it closes.)
            hoursView.waitForCalendarClosed();
            manager.checkAndScreenshot("114-opening-hours-holiday");

            // Removing asks first.
            hoursView.removeClosure(independenceDay);
            assertThat(hours.on(independenceDay)).isPresent();
        }
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    private HttpResponse<byte[]> download(Browser browser, String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
