package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * What every visitor can rely on at any kiosk screen: three languages, accessibility switches that
 * pass axe-core, both screen orientations, and a kiosk that forgets a visitor who walks away.
 * Idle times are shortened for tests (8 s, then a 3 s countdown).
 */
class KioskExperienceBrowserIT extends ServerIT {

    /** A kiosk view: its path, a name for its screenshot, and how its page object opens it. */
    private record KioskView(String path, String name, BiConsumer<Browser, String> open) {}

    /** Every kiosk view. */
    private static final List<KioskView> KIOSK_VIEWS = List.of(
            new KioskView("/", "attract", (b, base) -> new AttractViewElement(b).open(base)),
            new KioskView("/check-in", "check-in", (b, base) -> new CheckInViewElement(b).open(base)),
            new KioskView("/check-in/guest", "guest", (b, base) -> new GuestViewElement(b).open(base)),
            new KioskView("/check-in/group", "group", (b, base) -> new GroupViewElement(b).open(base)),
            new KioskView("/check-out", "check-out", (b, base) -> new CheckInViewElement(b).openCheckOut(base)),
            new KioskView("/ask", "ask", (b, base) -> new AskViewElement(b).open(base)),
            new KioskView("/pair", "pair", (b, base) -> new PairViewElement(b).open(base)),
            new KioskView("/kegiatan", "workshops", (b, base) -> new WorkshopsViewElement(b).open(base)),
            new KioskView("/pintu-kegiatan", "door", (b, base) -> new DoorViewElement(b).open(base)));

    @Test
    void shouldForgetAVisitorWhoWalksAway() {
        try (Browser browser = new Browser(1080, 1920)) {
            browser.open(url("/"));
            new AttractViewElement(browser).waitUntilShown().switchLanguage("jv");
            new AttractViewElement(browser).waitForCheckInButton("Mlebet");
            KioskFrameElement frame = new KioskFrameElement(browser).toggle("large-text");
            CheckInViewElement checkIn = new AttractViewElement(browser).checkIn();
            checkIn.type("KPB-00");
            checkIn.openKeyboard();
            checkIn.pressKey('1');

            assertThat(frame.waitForIdleQuestion().idleQuestion()).contains("Taksih wonten mriki?");
            browser.screenshot("30-idle-question-javanese");

            AttractViewElement attract = new AttractViewElement(browser).waitUntilShown();
            attract.waitForCheckInButton("Masuk / Check in");
            assertThat(browser.pageText()).doesNotContain("KPB-00").contains("Selamat datang di");
            assertThat(frame.pressed("large-text")).isEqualTo("false");
            assertThat(attract).isNotNull();
            browser.screenshot("31-after-idle-reset");
        }
    }

    @Test
    void shouldKeepAVisitorWhoAnswersTheIdleQuestion() {
        try (Browser browser = new Browser(1080, 1920)) {
            GuestViewElement guest = new GuestViewElement(browser).open(url("")).choose("age-group", "teen");
            new KioskFrameElement(browser).waitForIdleQuestion().stayAtIdleQuestion();
            assertThat(guest.pressed("age-group", "teen")).isEqualTo("true");
        }
    }

    @Test
    void shouldPassAxeOnEveryKioskViewInEveryStyleAndLanguage() {
        try (Browser browser = new Browser(1080, 1920)) {
            checkEveryView(browser, "portrait");

            browser.open(url("/"));
            new AttractViewElement(browser).waitUntilShown().switchLanguage("jv");
            new KioskFrameElement(browser)
                    .toggle("high-contrast")
                    .toggle("large-text")
                    .toggle("low-layout");
            checkEveryView(browser, "portrait-jv-contrast-large-low");
        }
        try (Browser browser = new Browser(1920, 1080)) {
            checkEveryView(browser, "landscape");
        }
    }

    private void checkEveryView(Browser browser, String variant) {
        int n = 0;
        for (KioskView view : KIOSK_VIEWS) {
            view.open().accept(browser, url(""));
            browser.waitForVaadin();
            assertThat(browser.seriousAccessibilityViolations())
                    .as("axe-core on %s (%s)", view.path(), variant)
                    .isEmpty();
            assertThat(browser.pageText())
                    .as("untranslated keys on %s", view.path())
                    .doesNotContainPattern("![a-zA-Z]+\\.[a-zA-Z.]+");
            browser.screenshot("4x-" + variant + "-" + (++n) + "-" + view.name());
        }
    }
}
