package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Bacakan" (read aloud) chooses a voice of the screen's language; a Javanese screen, for which browsers
 * rarely have a voice, is read by an Indonesian voice with a line saying so; without a fitting voice nothing
 * is read (never an English voice mangling Indonesian or Javanese) and the kiosk says so. The browser's
 * voices are stubbed in the page ({@code speechSynthesis.getVoices()}), as a kiosk's may be any.
 */
class ReadAloudBrowserIT extends ServerIT {

    private static final Map<String, Object> INDONESIAN = voice("id-ID", "Bahasa Indonesia");
    private static final Map<String, Object> ENGLISH = voice("en-US", "US English");
    private static final Map<String, Object> JAVANESE = voice("jv-ID", "Basa Jawa");

    @Test
    void shouldReadAJavaneseScreenWithAnIndonesianVoiceAndSaySo() {
        try (Browser browser = new Browser(1080, 1920)) {
            AttractViewElement attract = new AttractViewElement(browser).open(url(""), "entrance");
            KioskFrameElement frame = new KioskFrameElement(browser);
            stubVoices(browser, List.of(ENGLISH, INDONESIAN));
            attract.switchLanguage("jv");
            attract.waitForTitle("Sugeng rawuh");

            frame.readAloud();
            Map<String, Object> said = nextSaid(browser);
            assertThat(said.get("text")).asString().startsWith("Sugeng rawuh");
            assertThat(said.get("voice")).isEqualTo("Bahasa Indonesia");
            assertThat(said.get("lang")).isEqualTo("id-ID");
            assertThat(frame.speechNote()).contains("swanten basa Indonesia");
            browser.checkAndScreenshot("19-read-aloud-javanese-with-indonesian-voice");

            // A kiosk that has a Javanese voice reads with it, and says nothing more.
            stubVoices(browser, List.of(ENGLISH, INDONESIAN, JAVANESE));
            frame.readAloud();
            frame.readAloud();
            said = nextSaid(browser);
            assertThat(said.get("voice")).isEqualTo("Basa Jawa");
            frame.waitUntilSpeechNoteGone();
        }
    }

    @Test
    void shouldReadNothingWithAVoiceOfAnotherLanguageAndSaySo() {
        try (Browser browser = new Browser(1080, 1920)) {
            AttractViewElement attract = new AttractViewElement(browser).open(url(""), "entrance");
            KioskFrameElement frame = new KioskFrameElement(browser);
            stubVoices(browser, List.of(ENGLISH));

            frame.readAloud();
            frame.waitForSpeechNote("belum punya suara");
            assertThat(said(browser))
                    .as("nothing read in English on an Indonesian screen")
                    .isEmpty();
            browser.checkAndScreenshot("19-read-aloud-no-voice");

            // The English screen has its voice.
            attract.switchLanguage("en");
            attract.waitForTitle("Welcome");
            Map<String, Object> said = nextSaid(browser);
            assertThat(said.get("voice")).isEqualTo("US English");
            frame.waitUntilSpeechNoteGone();
        }
    }

    private static Map<String, Object> voice(String lang, String name) {
        return Map.of("lang", lang, "name", name, "localService", true);
    }

    /** The kiosk's voices from now on; what it says is recorded in the page instead of spoken. */
    private static void stubVoices(Browser browser, List<Map<String, Object>> voices) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                        window._said = window._said || [];
                        const voices = arguments[0];
                        speechSynthesis.getVoices = () => voices;
                        speechSynthesis.cancel = () => {};
                        speechSynthesis.speak = u => window._said.push(
                          {text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null});
                        window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
                        """, voices);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> said(Browser browser) {
        return (List<Map<String, Object>>)
                ((JavascriptExecutor) browser.driver()).executeScript("return window._said || [];");
    }

    /** Waits for the next thing said and takes it from the record. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> nextSaid(Browser browser) {
        return (Map<String, Object>) new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> ((JavascriptExecutor) d)
                        .executeScript("return window._said && window._said.length ? window._said.shift() : null;"));
    }
}
