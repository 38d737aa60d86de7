package id.blitar.kiosk.server.browser;

import java.time.Duration;
import java.util.Random;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A USB keyboard-wedge scanner in the browser: real key events through chromedriver, one character
 * every 5–30 ms (what scanners do), with the prefixes, framing and terminators of common factory
 * settings. It types into whatever has focus, like the real device; nobody taps first.
 */
public final class ScannerEmulator {

    /** How a scanner ends a scan. */
    public enum Terminator {
        ENTER,
        TAB,
        /** CR then LF: two Enter key presses a few milliseconds apart. */
        CR_LF,
        /** LF sent as a control character: Ctrl+J. */
        CTRL_J
    }

    /** What a scanner adds around the printed code. */
    public enum Framing {
        NONE,
        /** AIM symbology identifier of Code 128 ({@code ]C0}). */
        AIM_PREFIX,
        /** Code 39 start/stop characters transmitted ({@code *…*}). */
        CODE_39_STARS,
        /** STX before and ETX after, typed as Ctrl+B and Ctrl+C. */
        STX_ETX
    }

    private final Browser browser;
    private final Random random;
    private final int minGapMs;
    private final int maxGapMs;

    public ScannerEmulator(Browser browser, long seed) {
        this(browser, seed, 5, 30);
    }

    public ScannerEmulator(Browser browser, long seed, int minGapMs, int maxGapMs) {
        this.browser = browser;
        this.random = new Random(seed);
        this.minGapMs = minGapMs;
        this.maxGapMs = maxGapMs;
    }

    public void scan(String code) {
        scan(code, Framing.NONE, Terminator.ENTER);
    }

    /**
     * As {@link #scan(String)}, but the scanner stalls once, {@code stallMs} after the first {@code before}
     * characters: a Bluetooth scanner sending in radio bursts.
     */
    public void scanWithStall(String code, int before, int stallMs) {
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < code.length(); i++) {
            keys.sendKeys(String.valueOf(code.charAt(i))).pause(i == before - 1 ? Duration.ofMillis(stallMs) : gap());
        }
        keys.sendKeys(Keys.ENTER).perform();
    }

    /** Types the code at scanner speed and returns at once (it does not wait for the kiosk). */
    public void scan(String code, Framing framing, Terminator terminator) {
        Actions keys = new Actions(browser.driver());
        String text = switch (framing) {
            case AIM_PREFIX -> "]C0" + code;
            case CODE_39_STARS -> "*" + code + "*";
            default -> code;
        };
        if (framing == Framing.STX_ETX) {
            keys.keyDown(Keys.CONTROL).sendKeys("b").keyUp(Keys.CONTROL).pause(gap());
        }
        for (char c : text.toCharArray()) {
            keys.sendKeys(String.valueOf(c)).pause(gap());
        }
        if (framing == Framing.STX_ETX) {
            keys.keyDown(Keys.CONTROL).sendKeys("c").keyUp(Keys.CONTROL).pause(gap());
        }
        switch (terminator) {
            case ENTER -> keys.sendKeys(Keys.ENTER);
            case TAB -> keys.sendKeys(Keys.TAB);
            case CR_LF -> keys.sendKeys(Keys.RETURN).pause(Duration.ofMillis(3)).sendKeys(Keys.ENTER);
            case CTRL_J -> keys.keyDown(Keys.CONTROL).sendKeys("j").keyUp(Keys.CONTROL);
        }
        keys.perform();
    }

    private Duration gap() {
        return Duration.ofMillis(minGapMs + random.nextInt(maxGapMs - minGapMs + 1));
    }
}
