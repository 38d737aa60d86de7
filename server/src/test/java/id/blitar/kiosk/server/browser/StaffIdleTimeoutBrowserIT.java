package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An idle staff session really ends, with the worklist open and push on: the warning comes before the
 * end, "stay signed in" counts as activity, and then, untouched, the worklist goes back to the sign-in.
 * A kiosk screen open all that time is not affected. Short times here: 20 s idle, warned 10 s before,
 * a heartbeat every 3 s (production: 15 min, 1 min, 30 s).
 */
@TestPropertySource(
        properties = {
            "kiosk.staff.session.idle-timeout=20s",
            "kiosk.staff.session.idle-warning=10s",
            "vaadin.heartbeatInterval=3",
            // Camunda keeps engines in a static registry by name: closing this context's engine under the
            // name "default" would unregister the engine the other tests' cached application serves its
            // REST API with ("No process engine available").
            "camunda.bpm.process-engine-name=staffIdleTimeoutIT",
            // Cockpit keeps its engine lookup in a JVM-wide singleton: a second webapp, closed with this
            // context, would leave the cached application's Cockpit without its engine.
            "camunda.bpm.webapp.enabled=false"
        })
@DirtiesContext
class StaffIdleTimeoutBrowserIT extends ServerIT {

    @Test
    void shouldEndAnIdleStaffSessionAfterAWarningAndLeaveTheKioskAlone() {
        try (Browser kiosk = new Browser(1080, 1920);
                Browser librarian = new Browser(1366, 900)) {
            kiosk.open(url("/"));
            new AttractViewElement(kiosk).waitUntilShown();
            ((JavascriptExecutor) kiosk.driver()).executeScript("window.__sameKioskPage = true;");

            StaffViewElement staff = new StaffViewElement(librarian).signIn(url(""), "rujukan", "rujukan123");
            assertThat(pushActive(librarian)).as("the worklist runs with push").isTrue();
            long signedIn = System.nanoTime();

            // Warned about 10 s before the end; staying signed in is a click, so the clock starts again.
            staff.waitForIdleWarning();
            assertThat(librarian.pageText()).contains("dikeluarkan otomatis");
            long warnedAfter = Duration.ofNanos(System.nanoTime() - signedIn).toSeconds();
            librarian.screenshot("124-staff-idle-warning");
            staff.staySignedIn();
            assertThat(librarian.driver().getCurrentUrl()).endsWith("/staff");

            // Now untouched: warned again, then the session ends and the page shows the sign-in.
            staff.waitForIdleWarning();
            long idleFrom = System.nanoTime();
            new WebDriverWait(librarian.driver(), Duration.ofSeconds(40))
                    .until(d -> d.getCurrentUrl().contains("/login"));
            long endedAfter = Duration.ofNanos(System.nanoTime() - idleFrom).toSeconds();
            new LoginViewElement(librarian).waitUntilShown();
            librarian.screenshot("125-staff-idle-signed-out");
            // The session is gone: the worklist's address shows the sign-in (Vaadin keeps the address).
            staff.openSignedOut(url(""));
            assertThat(staff.isShown()).as("the session is gone").isFalse();
            System.out.printf(
                    "Idle staff session: warned %d s after sign-in, ended %d s after the second warning%n",
                    warnedAfter, endedAfter);
            assertThat(warnedAfter).as("not warned at once").isGreaterThanOrEqualTo(5);

            // The kiosk, untouched for as long, still answers on the same page.
            assertThat(((JavascriptExecutor) kiosk.driver()).executeScript("return window.__sameKioskPage === true;"))
                    .isEqualTo(true);
            new AttractViewElement(kiosk).waitUntilShown().checkIn();
            kiosk.screenshot("126-kiosk-after-staff-timeout");
        }
    }

    private static boolean pushActive(Browser browser) {
        Object active = ((JavascriptExecutor) browser.driver())
                .executeScript("return !!(window.vaadinPush && window.vaadinPush.atmosphere);");
        return Boolean.TRUE.equals(active);
    }
}
