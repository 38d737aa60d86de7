package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What every visitor can rely on at any kiosk screen: three languages, accessibility switches that
 * pass axe-core, both screen orientations, and a kiosk that forgets a visitor who walks away.
 * Idle times are shortened for tests (8 s, then a 3 s countdown).
 */
class KioskExperienceBrowserIT extends ServerIT {

    /** Every kiosk view, by path and the id of its root element. */
    private static final Map<String, String> KIOSK_VIEWS = new LinkedHashMap<>();

    static {
        KIOSK_VIEWS.put("/", "attract");
        KIOSK_VIEWS.put("/check-in", "check-in");
        KIOSK_VIEWS.put("/check-in/guest", "guest");
        KIOSK_VIEWS.put("/check-in/group", "group");
        KIOSK_VIEWS.put("/check-out", "check-out");
        KIOSK_VIEWS.put("/ask", "ask");
        KIOSK_VIEWS.put("/pair", "pair");
        KIOSK_VIEWS.put("/kegiatan", "workshops");
        KIOSK_VIEWS.put("/pintu-kegiatan", "door");
    }

    @Test
    void shouldForgetAVisitorWhoWalksAway() {
        try (Browser browser = new Browser(1080, 1920)) {
            browser.open(url("/"));
            new AttractViewElement(browser).waitUntilShown().switchLanguage("jv");
            browser.waitForText("start-check-in", "Mlebet");
            browser.click("a11y-large-text");
            CheckInViewElement checkIn = new AttractViewElement(browser).checkIn();
            browser.find(By.cssSelector("#card-number input")).sendKeys("KPB-00");
            browser.click("open-keyboard");
            browser.find(By.cssSelector("#card-number-keyboard vaadin-button[aria-label='1']"))
                    .click();

            browser.byId("kiosk-idle");
            assertThat(browser.textOf("kiosk-idle")).contains("Taksih wonten mriki?");
            browser.screenshot("30-idle-question-javanese");

            AttractViewElement attract = new AttractViewElement(browser).waitUntilShown();
            browser.waitForText("start-check-in", "Masuk / Check in");
            assertThat(browser.pageText()).doesNotContain("KPB-00").contains("Selamat datang di");
            assertThat(browser.find(By.id("a11y-large-text")).getDomAttribute("aria-pressed"))
                    .isEqualTo("false");
            assertThat(attract).isNotNull();
            browser.screenshot("31-after-idle-reset");
        }
    }

    @Test
    void shouldKeepAVisitorWhoAnswersTheIdleQuestion() {
        try (Browser browser = new Browser(1080, 1920)) {
            browser.open(url("/check-in/guest"));
            browser.click("age-group-teen");
            browser.byId("kiosk-idle");
            browser.click("kiosk-idle-continue");
            browser.waitForGone("kiosk-idle");
            assertThat(browser.find(By.id("age-group-teen")).getDomAttribute("aria-pressed"))
                    .isEqualTo("true");
        }
    }

    @Test
    void shouldPassAxeOnEveryKioskViewInEveryStyleAndLanguage() {
        try (Browser browser = new Browser(1080, 1920)) {
            checkEveryView(browser, "portrait");

            browser.open(url("/"));
            new AttractViewElement(browser).waitUntilShown().switchLanguage("jv");
            browser.click("a11y-high-contrast");
            browser.click("a11y-large-text");
            browser.click("a11y-low-layout");
            checkEveryView(browser, "portrait-jv-contrast-large-low");
        }
        try (Browser browser = new Browser(1920, 1080)) {
            checkEveryView(browser, "landscape");
        }
    }

    private void checkEveryView(Browser browser, String variant) {
        int n = 0;
        for (Map.Entry<String, String> view : KIOSK_VIEWS.entrySet()) {
            browser.open(url(view.getKey()));
            browser.byId(view.getValue());
            browser.waitForVaadin();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("axe-core on %s (%s)", view.getKey(), variant)
                    .isEmpty();
            assertThat(browser.pageText())
                    .as("untranslated keys on %s", view.getKey())
                    .doesNotContainPattern("![a-zA-Z]+\\.[a-zA-Z.]+");
            browser.screenshot("4x-" + variant + "-" + (++n) + "-" + view.getValue());
        }
    }
}
