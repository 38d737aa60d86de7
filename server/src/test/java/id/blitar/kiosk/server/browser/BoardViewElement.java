package id.blitar.kiosk.server.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public "now serving" board ({@code BoardView}). */
public record BoardViewElement(Browser browser) {

    /** The numbers being served, one element each (its text is the queue number). */
    public static final String SERVING_NUMBERS = "#board-serving .board-number";

    public BoardViewElement open(String baseUrl) {
        browser.open(baseUrl + "/board");
        browser.byId("board");
        return this;
    }

    /** The called entries, newest first, each as its text (number and desk). */
    public List<String> calls() {
        return browser.driver().findElements(By.cssSelector("#board-serving .board-call")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Waits (without reloading) until a called entry shows the number at the desk. */
    public void waitForCall(String queueNumber, String desk) {
        waiter().until(d -> calls().stream().anyMatch(c -> c.contains(queueNumber) && c.contains(desk)));
    }

    public void waitUntilGone(String queueNumber) {
        waiter().until(d -> calls().stream().noneMatch(c -> c.contains(queueNumber)));
    }

    public String newest() {
        return browser.find(By.cssSelector("#board-serving .board-call.board-newest"))
                .getText();
    }

    /** Waits (without reloading) until the waiting line shows the text. */
    public void waitForWaiting(String text) {
        browser.waitForText("board-waiting", text);
    }

    public String waiting() {
        return browser.textOf("board-waiting");
    }

    public String text() {
        return browser.textOf("board");
    }

    /** What the board asked the browser's speech synthesis to say. */
    public List<String> announcements() {
        Object said =
                ((JavascriptExecutor) browser.driver()).executeScript("return window.__boardAnnouncements || [];");
        return ((List<?>) said).stream().map(String::valueOf).toList();
    }

    private WebDriverWait waiter() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        // The board redraws its list on every push; an entry read mid-redraw is simply read again.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
