package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The "Tanya pustakawan" screens ({@code AskView}), step by step. */
public record AskViewElement(Browser browser) {

    public AskViewElement open(String baseUrl) {
        browser.open(baseUrl + "/ask");
        return waitUntilShown();
    }

    public AskViewElement waitUntilShown() {
        browser.byId("ask");
        return this;
    }

    /** Whether the ask screens are on screen now (no wait). */
    public boolean isShown() {
        return !browser.driver().findElements(By.id("ask")).isEmpty();
    }

    public String faqText() {
        return browser.textOf("faq-list");
    }

    /** Opens an FAQ entry by its question text and returns the text of the whole list. */
    public String openFaq(String question) {
        browser.clickCentered(By.xpath("//vaadin-details[contains(., '" + question + "')]"));
        return faqText();
    }

    public AskViewElement start() {
        browser.click("ask-start");
        return this;
    }

    /** Waits for the topics (the first is books). */
    public AskViewElement waitForTopics() {
        browser.byId("topic-books");
        return this;
    }

    /** Waits for the ways to get the answer (e-mail among them). */
    public AskViewElement waitForChannels() {
        browser.byId("answer-email");
        return this;
    }

    /** Waits for the e-mail step's send button. */
    public AskViewElement waitForEmailSend() {
        browser.byId("email-submit");
        return this;
    }

    /** Picks a topic by its code: books, research, digital, membership, children, other. */
    public AskViewElement topic(String code) {
        browser.click("topic-" + code);
        browser.byId("question-text");
        return this;
    }

    /**
     * Types on the on-screen keyboard, key by key (letters, digits and the space bar), as a visitor
     * would: before each letter whose case the keys do not show, the shift key is touched (once for a
     * capital; twice, past the lock, for a small letter where the keyboard capitalises by itself).
     */
    public AskViewElement typeOnScreen(String text) {
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                browser.click("question-text-keyboard-space");
                continue;
            }
            if (Character.isLetter(c)) {
                boolean capital = Character.isUpperCase(c);
                int presses = 0;
                while (capital != !"off".equals(shiftState()) && presses++ < 3) {
                    browser.click("question-text-keyboard-shift");
                    browser.waitForVaadin();
                }
            }
            String key = String.valueOf(Character.toUpperCase(c));
            browser.clickCentered(By.cssSelector("#question-text-keyboard vaadin-button[aria-label='" + key + "']"));
            browser.waitForVaadin();
        }
        return this;
    }

    /** The shift key: off, once (the next letter is a capital) or lock. */
    public String shiftState() {
        return browser.byId("question-text-keyboard-shift").getDomAttribute("data-shift");
    }

    /** Types the rest as a hardware keyboard would (a library may attach one). */
    public AskViewElement typeWithKeyboard(String text) {
        WebElement area = browser.find(By.cssSelector("#question-text textarea"));
        area.sendKeys(text);
        browser.waitForVaadin();
        return this;
    }

    public String questionText() {
        return browser.find(By.cssSelector("#question-text textarea")).getDomProperty("value");
    }

    public String counter() {
        return browser.textOf("question-counter");
    }

    public AskViewElement next() {
        // One way on: the keyboard shows no "OK" of its own beside "Lanjut".
        org.assertj.core.api.Assertions.assertThat(browser.driver().findElements(By.id("question-text-keyboard-enter")))
                .allMatch(key -> !key.isDisplayed());
        return pressNext();
    }

    /** "Lanjut", without looking at the keyboard first. */
    public AskViewElement pressNext() {
        browser.click("question-next");
        return this;
    }

    public String questionError() {
        return browser.textOf("question-error");
    }

    public CheckInViewElement cardStep() {
        browser.byId("card-skip");
        return new CheckInViewElement(browser);
    }

    public AskViewElement skipCard() {
        browser.click("card-skip");
        browser.byId("answer-pick-up");
        return this;
    }

    public boolean walkInOffered() {
        // A disabled vaadin-button carries the attribute; WebElement.isEnabled() knows only form controls.
        return browser.byId("answer-walk-in").getDomAttribute("disabled") == null;
    }

    public String walkInHint() {
        return browser.textOf("walk-in-hint");
    }

    public ResultElement waitHere() {
        browser.click("answer-walk-in");
        return new ResultElement(browser);
    }

    public ResultElement pickUp() {
        browser.click("answer-pick-up");
        return new ResultElement(browser);
    }

    public AskViewElement email() {
        browser.click("answer-email");
        browser.byId("email");
        return this;
    }

    public AskViewElement typeEmail(String address) {
        WebElement input = browser.find(By.cssSelector("#email input"));
        input.clear();
        input.sendKeys(address);
        browser.waitForVaadin();
        return this;
    }

    public AskViewElement sendEmailExpectingProblem() {
        browser.click("email-submit");
        browser.byId("email-error");
        return this;
    }

    public String emailError() {
        return browser.textOf("email-error");
    }

    public ResultElement sendEmail() {
        browser.click("email-submit");
        return new ResultElement(browser);
    }
}
