package id.blitar.kiosk.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and chromedriver at kiosk size (1080×1920 portrait). Nothing is
 * downloaded: when the packages are missing the tests fail, they never skip.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser(int width, int height, String... extraArguments) {
        try {
            profile = Files.createTempDirectory("kiosk-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        String binary = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
        options.setBinary(binary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-gpu",
                "--no-first-run",
                "--disable-sync",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--lang=id-ID",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        // The console, for ContentSecurityPolicyBrowserIT: a blocked script or style is logged there.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"))
                                .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // --window-size sets the outer window; grow it so the page itself is exactly kiosk size.
        driver.get("about:blank");
        Object inner = ((JavascriptExecutor) driver).executeScript("return [window.innerWidth, window.innerHeight];");
        java.util.List<?> size = (java.util.List<?>) inner;
        int dw = width - ((Number) size.get(0)).intValue();
        int dh = height - ((Number) size.get(1)).intValue();
        if (dw != 0 || dh != 0) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width + dw, height + dh));
        }
    }

    /** Emulates a device of this size (a phone: Chromium's window itself is never that narrow). */
    public void emulateViewport(int width, int height) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        waitForVaadin();
    }

    /**
     * Waits until Vaadin has no request in flight and the kiosk's scan listener has no scan on its way
     * (a check-in scan is written to IndexedDB before it is sent, so it reaches Vaadin a moment later).
     */
    public void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                        + " && (!window.kioskScan || window.kioskScan.stats().pending === 0);")));
    }

    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        // As a visitor would: scroll the control to the middle, clear of the sticky accessibility bar.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** Clicks an element found by any locator, scrolled to the middle of the screen first. */
    public void clickCentered(By by) {
        WebElement element = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    public String textOf(String id) {
        return byId(id).getText();
    }

    /**
     * Waits until the element with this id contains the text; on timeout the failure names every
     * other text the element showed meanwhile (a "Welcome back" where a "Welcome" was expected).
     */
    public void waitForText(String id, String text) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        try {
            wait.until(d -> {
                for (WebElement element : d.findElements(By.id(id))) {
                    try {
                        String shown = element.getText();
                        if (shown.contains(text)) {
                            return true;
                        }
                        seen.add(shown);
                    } catch (org.openqa.selenium.StaleElementReferenceException e) {
                        // replaced while read: the next poll reads the new one
                    }
                }
                return false;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("#" + id + " never contained \"" + text + "\"; it showed " + seen, e);
        }
    }

    public void waitForGone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Runs axe-core (WCAG 2.1 A/AA rules) on the current page.
     *
     * @return the serious and critical violations, one line each; empty when there are none
     */
    public java.util.List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(AXE_SOURCE);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return ((java.util.List<?>) result).stream().map(String::valueOf).toList();
    }

    /** The browser console's messages since the last call (each read empties Chromium's log). */
    public java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    private static final String AXE_SOURCE = readAxe();

    private static String readAxe() {
        try (var in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing from the test classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the page as every kiosk screen must pass — axe-core finds no serious or critical WCAG
     * violation and no untranslated key shows — then saves a screenshot.
     */
    public Path checkAndScreenshot(String name) {
        waitForVaadin();
        org.assertj.core.api.Assertions.assertThat(seriousAccessibilityViolations())
                .as("axe-core on %s", name)
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(pageText())
                .as("untranslated keys on %s", name)
                .doesNotContainPattern("![a-zA-Z]+\\.[a-zA-Z.]+");
        return screenshot(name);
    }

    /** Saves a PNG under target/screenshots for a person to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }
}
