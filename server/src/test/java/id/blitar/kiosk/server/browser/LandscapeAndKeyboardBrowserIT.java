package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.server.ServerIT;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journeys on a landscape kiosk (1920×1080) — check in, answer the exit poll, check out — and a
 * visitor without a touch screen: every control of the attract and check-in screens is reached with
 * the Tab key alone, and Enter works the focused one.
 */
class LandscapeAndKeyboardBrowserIT extends ServerIT {

    @Autowired
    MemberService members;

    @Autowired
    Clock clock;

    @Test
    void shouldCheckInAnswerThePollAndCheckOutOnALandscapeKiosk() {
        String card = "LS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        members.register(
                card,
                "Wulan Pratiwi",
                "Umum",
                AgeGroup.ADULT,
                null,
                null,
                LocalDate.now(clock).plusYears(1));
        try (Browser kiosk = new Browser(1920, 1080)) {
            CheckInViewElement checkIn =
                    new AttractViewElement(kiosk).open(url(""), "entrance").checkIn();
            checkIn.scan(card);
            new ResultElement(kiosk).waitForTitle("Wulan");
            kiosk.checkAndScreenshot("86-landscape-welcome");

            AttractViewElement exit =
                    new AttractViewElement(kiosk).open(url(""), "exit").waitForPoll();
            kiosk.checkAndScreenshot("87-landscape-exit-poll");
            ResultElement thanks = exit.tapMood("happy").skipCard().skipRest().waitForTitle("Terima kasih");
            thanks.dismiss();
            new AttractViewElement(kiosk).waitUntilShown().checkOut().scan(card);
            new ResultElement(kiosk).waitForTitle("Wulan");
            kiosk.checkAndScreenshot("88-landscape-goodbye");
        } finally {
            try (Browser reset = new Browser(1080, 1920)) {
                reset.open(url("/?mode=entrance"));
            }
        }
    }

    @Test
    void shouldReachEveryControlWithTheTabKeyAlone() {
        try (Browser kiosk = new Browser(1080, 1920)) {
            new AttractViewElement(kiosk).open(url(""), "entrance");
            assertThat(unreachedByTab(kiosk))
                    .as("buttons on the attract screen not reached by Tab")
                    .isEmpty();

            // Enter on the focused "check in" button opens the check-in screen.
            focus(kiosk, "start-check-in");
            new Actions(kiosk.driver()).sendKeys(Keys.ENTER).perform();
            kiosk.waitForVaadin();
            new CheckInViewElement(kiosk).waitUntilShown();
            assertThat(unreachedByTab(kiosk))
                    .as("buttons on the check-in screen not reached by Tab")
                    .isEmpty();
            kiosk.screenshot("89-keyboard-focus");
        }
    }

    /** Presses Tab through the page and returns the ids of visible buttons that never had the focus. */
    private static Set<String> unreachedByTab(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<String> buttons = (List<String>) js.executeScript("return [...document.querySelectorAll('vaadin-button')]"
                + ".filter(b => b.offsetParent !== null && !b.hasAttribute('disabled'))"
                + ".map((b, i) => b.id || ('button-' + i + ':' + b.textContent.trim()));");
        Set<String> reached = new HashSet<>();
        js.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < buttons.size() * 2 + 20; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            Object id = js.executeScript(
                    "const a = document.activeElement; const b = a && a.closest ? a.closest('vaadin-button') : null;"
                            + " if (!b) return null;"
                            + " const all = [...document.querySelectorAll('vaadin-button')]"
                            + ".filter(x => x.offsetParent !== null && !x.hasAttribute('disabled'));"
                            + " return b.id || ('button-' + all.indexOf(b) + ':' + b.textContent.trim());");
            if (id != null) {
                reached.add(id.toString());
            }
        }
        Set<String> unreached = new HashSet<>(buttons);
        unreached.removeAll(reached);
        return unreached;
    }

    private static void focus(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).focus();", id);
    }
}
