package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/**
 * What every kiosk screen shows around the view ({@code KioskLayout} and its scripts): the accessibility
 * bar, the read-aloud note, the idle question, the reconnect cover, the offline scan note ("Tercatat") and
 * the calm error panel ({@code KioskErrorView}). No route of its own.
 */
public record KioskFrameElement(Browser browser) {

    /** Waits for the kiosk's frame around the screen (its clock shows). */
    public KioskFrameElement waitUntilShown() {
        browser.byId("kiosk-clock");
        return this;
    }

    /** The clock in the kiosk's header: the day and the time, in the visitor's language. */
    public String clock() {
        return browser.textOf("kiosk-clock");
    }

    public void waitForClock(String text) {
        browser.waitForText("kiosk-clock", text);
    }

    /** Chooses a language in the kiosk's bar by its code (id, en, jv); the screen stays where it is. */
    public KioskFrameElement switchLanguage(String code) {
        browser.click("language-" + code);
        browser.waitForVaadin();
        return this;
    }

    /** Whether a language is chosen, as its button in the bar says ("true" or "false"). */
    public String languagePressed(String code) {
        return browser.byId("language-" + code).getDomAttribute("aria-pressed");
    }

    /** Touches an accessibility option: speech, large-text, high-contrast, low-layout. */
    public KioskFrameElement toggle(String option) {
        browser.click("a11y-" + option);
        return this;
    }

    /** Whether an accessibility option is on, as its toggle says ("true" or "false"). */
    public String pressed(String option) {
        return browser.find(By.id("a11y-" + option)).getDomAttribute("aria-pressed");
    }

    /** "Bacakan": reads the screen aloud. */
    public KioskFrameElement readAloud() {
        return toggle("speech");
    }

    public String speechNote() {
        return browser.textOf("kiosk-speech-note");
    }

    public void waitForSpeechNote(String text) {
        browser.waitForText("kiosk-speech-note", text);
    }

    public void waitUntilSpeechNoteGone() {
        browser.waitForGone("kiosk-speech-note");
    }

    /** Waits for "Masih di sini?", asked when nobody has touched the screen for a while. */
    public KioskFrameElement waitForIdleQuestion() {
        browser.byId("kiosk-idle");
        return this;
    }

    public String idleQuestion() {
        return browser.textOf("kiosk-idle");
    }

    /** Answers the idle question ("Lanjutkan") and waits until it is gone. */
    public void stayAtIdleQuestion() {
        browser.click("kiosk-idle-continue");
        browser.waitForGone("kiosk-idle");
    }

    /** Waits for the cover the kiosk shows while it cannot reach the server. */
    public KioskFrameElement waitForReconnecting() {
        browser.byId("kiosk-reconnect");
        return this;
    }

    public void waitForReconnecting(String text) {
        browser.waitForText("kiosk-reconnect", text);
    }

    public String reconnecting() {
        return browser.textOf("kiosk-reconnect");
    }

    /** Whether the reconnect cover is there now (no wait). */
    public boolean isReconnecting() {
        return !browser.driver().findElements(By.id("kiosk-reconnect")).isEmpty();
    }

    /** The note of a scan kept in the kiosk's offline queue ("Tercatat"). */
    public String scanNoted() {
        return browser.textOf("kiosk-scan-noted");
    }

    /** Whether a "Tercatat" note is there now (no wait). */
    public boolean showsScanNoted() {
        return !browser.driver().findElements(By.id("kiosk-scan-noted")).isEmpty();
    }

    /** Waits up to the given time for a "Tercatat" note. */
    public void waitForScanNoted(java.time.Duration within) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), within).until(d -> showsScanNoted());
    }

    /** Takes the "Tercatat" note off the page, so that only the next scan can bring it up again. */
    public void removeScanNoted() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('kiosk-scan-noted').remove();");
    }

    public void waitUntilScanNotedGone() {
        browser.waitForGone("kiosk-scan-noted");
    }

    /** Waits for the calm error panel that replaces a screen the server cannot serve. */
    public KioskFrameElement waitForError() {
        browser.byId("kiosk-error");
        return this;
    }
}
