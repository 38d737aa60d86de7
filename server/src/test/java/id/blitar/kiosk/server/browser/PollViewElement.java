package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The exit poll's optional questions after a smiley ({@code PollView}, /poll): the card scan that also
 * checks the visitor out, the service used, an SKM item, "what could be better?" and a comment. The
 * smileys themselves are on the exit kiosk's attract screen ({@link AttractViewElement#tapMood}).
 */
public record PollViewElement(Browser browser) {

    /** The first step: scan a card or skip it. */
    public PollViewElement waitUntilShown() {
        browser.byId("poll-skip-card");
        return this;
    }

    /** Scans the card, which checks the visitor out, and waits for the questions about their visit. */
    public PollViewElement scanCard(String cardNumber) {
        new CheckInViewElement(browser).scan(cardNumber);
        browser.byId("poll-service");
        return this;
    }

    public PollViewElement skipCard() {
        browser.click("poll-skip-card");
        return this;
    }

    /** Waits for the questions about the visit (their send button). */
    public PollViewElement waitForQuestions() {
        browser.byId("poll-send");
        return this;
    }

    /** Scores the service the visitor used, from 1 to 4. */
    public PollViewElement rateService(int score) {
        browser.click("poll-service-" + score);
        return this;
    }

    /** Scores the first SKM item shown (one or two, rotated), from 1 to 4. */
    public PollViewElement rateSkmItem(int score) {
        WebElement skm = browser.find(By.cssSelector("[id^='skm-'].kiosk-choice-group"));
        browser.click(skm.getDomAttribute("id") + "-" + score);
        return this;
    }

    /** Picks a "what could be better?" chip by its code: facilities, collection, … */
    public PollViewElement improve(String code) {
        browser.click("improve-" + code);
        return this;
    }

    public PollViewElement comment(String text) {
        browser.click("poll-comment");
        browser.find(By.cssSelector("#poll-comment textarea")).sendKeys(text);
        browser.waitForVaadin();
        return this;
    }

    public ResultElement send() {
        browser.click("poll-send");
        return new ResultElement(browser);
    }

    /** Leaves the optional questions unanswered. */
    public ResultElement skipRest() {
        browser.click("poll-skip");
        return new ResultElement(browser);
    }
}
