package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The application's Content-Security-Policy in a real browser: the kiosk (a check-in), the sign-in, the
 * worklist with push, the models editor (bpmn-js and dmn-js) and the dashboard (ECharts) work and the
 * console shows no violation; an image from another origin is blocked, which shows the policy is in force
 * and that a violation would be seen. Also the page a librarian gets for a manager's page, in Indonesian.
 */
class ContentSecurityPolicyBrowserIT extends ServerIT {

    @Test
    void shouldRunEveryKindOfPageUnderThePolicyWithoutAViolation() {
        List<String> violations = new ArrayList<>();
        try (Browser kiosk = new Browser(1080, 1920)) {
            new AttractViewElement(kiosk).open(url("")).checkIn().scan("KPB-0006");
            new ResultElement(kiosk).waitForTitle("Selamat datang");
            kiosk.screenshot("120-csp-kiosk-welcome");
            violations.addAll(violations(kiosk, "kiosk"));
        }
        try (Browser manager = new Browser(1366, 900)) {
            new StaffViewElement(manager).signIn(url(""), "kepala", "kepala123").waitUntilShown();
            violations.addAll(violations(manager, "sign-in and worklist"));

            new ModelEditorViewElement(manager)
                    .open(url(""), "ask-librarian")
                    .waitForStatus("dimuat")
                    .waitForDiagram();
            manager.screenshot("121-csp-models-editor");
            violations.addAll(violations(manager, "models editor (bpmn-js)"));

            new ModelEditorViewElement(manager)
                    .open(url(""), "question-routing")
                    .waitForStatus("dimuat")
                    .decisionTable();
            violations.addAll(violations(manager, "decision table (dmn-js)"));

            new DashboardViewElement(manager)
                    .open(url(""))
                    .waitForChart("visits-per-day")
                    .waitForChart("heatmap");
            manager.screenshot("122-csp-dashboard");
            violations.addAll(violations(manager, "dashboard (ECharts)"));

            assertThat(violations).as("CSP violations in the console").isEmpty();

            // The policy is in force: an image from another origin is refused, and the console says so.
            String foreign = "http://127.0.0.2:" + port + "/icons/favicon.svg";
            ((JavascriptExecutor) manager.driver())
                    .executeScript(
                            "const i = document.createElement('img'); i.src = arguments[0]; document.body.append(i);",
                            foreign);
            manager.waitForVaadin();
            assertThat(waitForViolations(manager)).anyMatch(m -> m.contains("img-src"));
        }
    }

    @Test
    void shouldTellALibrarianInTheirLanguageThatAManagersPageIsNotForThem() {
        try (Browser librarian = new Browser(1366, 900)) {
            StaffViewElement home = new StaffViewElement(librarian).signIn(url(""), "rujukan", "rujukan123");
            librarian.open(url("/manage"));
            home.waitForNotAllowed();
            assertThat(librarian.pageText())
                    .contains("Halaman ini tidak tersedia untuk akun Anda")
                    .doesNotContain("Could not navigate");
            librarian.checkAndScreenshot("123-not-allowed-librarian");
            home.backFromNotAllowed();
        }
    }

    private static List<String> violations(Browser browser, String page) {
        return browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .map(m -> page + ": " + m)
                .toList();
    }

    private static List<String> waitForViolations(Browser browser) {
        for (int i = 0; i < 20; i++) {
            List<String> found = violations(browser, "probe");
            if (!found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }
}
