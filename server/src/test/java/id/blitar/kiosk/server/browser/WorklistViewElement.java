package id.blitar.kiosk.server.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ask-a-librarian worklist on the staff page ({@code Worklist} inside {@code StaffHomeView}). */
public record WorklistViewElement(Browser browser) {

    /** The question cards in "Tugas grup saya", each with its question's id in {@code data-question-id}. */
    public static final String GROUP_TASK_CARDS = "#group-tasks .work-item[data-question-id]";

    /** The question cards in "Tugas grup saya" and "Tugas saya". */
    public static final String TASK_CARDS = GROUP_TASK_CARDS + ", #my-tasks .work-item[data-question-id]";

    public WorklistViewElement waitUntilShown() {
        browser.byId("worklist");
        browser.waitForText("shift-status", "Anda sedang bertugas");
        return this;
    }

    private static String card(String list, long questionId) {
        return "#" + list + " .work-item[data-question-id='" + questionId + "']";
    }

    /** Waits until the question shows up in "Tugas grup saya" (by push: the page is not reloaded). */
    public WebElement waitForGroupTask(long questionId) {
        return browser.find(By.cssSelector(card("group-tasks", questionId)));
    }

    public WebElement waitForMyTask(long questionId) {
        return browser.find(By.cssSelector(card("my-tasks", questionId)));
    }

    public void waitUntilNotMine(long questionId) {
        waiter().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(card("my-tasks", questionId)), 0));
    }

    public void waitUntilNotInGroup(long questionId) {
        waiter().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(card("group-tasks", questionId)), 0));
    }

    public boolean inGroupTasks(long questionId) {
        return !browser.driver()
                .findElements(By.cssSelector(card("group-tasks", questionId)))
                .isEmpty();
    }

    public boolean inMyTasks(long questionId) {
        return !browser.driver()
                .findElements(By.cssSelector(card("my-tasks", questionId)))
                .isEmpty();
    }

    public String walkInAlert() {
        return browser.textOf("walk-in-alert");
    }

    /** How many times the page played the alert beep (Web Audio). */
    public long beeps() {
        Object beeps = ((JavascriptExecutor) browser.driver()).executeScript("return window.__worklistBeeps || 0;");
        return ((Number) beeps).longValue();
    }

    public void claim(long questionId) {
        browser.clickCentered(By.cssSelector(card("group-tasks", questionId) + " vaadin-button.claim"));
    }

    /**
     * Clicks "Ambil" in the browser without waiting, for two librarians racing for one task.
     *
     * @return false when the list was redrawn before the click (the other librarian's claim arrived first by
     *     push): this librarian never got to click
     */
    public boolean claimNow(long questionId) {
        WebElement button = browser.find(By.cssSelector(card("group-tasks", questionId) + " vaadin-button.claim"));
        try {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", button);
            return true;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        }
    }

    public void selectDesk(String desk) {
        browser.click("desk");
        browser.clickCentered(By.xpath("//vaadin-select-item[normalize-space()='" + desk + "']"));
        browser.waitForText("desk", desk);
    }

    public void call(long questionId) {
        myAction(questionId, "call");
    }

    public void answeredAtDesk(long questionId) {
        myAction(questionId, "answered-at-desk");
    }

    public void answerTicket(long questionId, String answer) {
        browser.find(By.cssSelector(card("my-tasks", questionId) + " vaadin-text-area.answer textarea"))
                .sendKeys(answer);
        myAction(questionId, "send-answer");
    }

    /** "Dirujuk" with the partner left empty: returns the message the dialog shows, then cancels. */
    public String referWithoutPartner(long questionId) {
        myAction(questionId, "referred");
        browser.clickCentered(By.cssSelector("vaadin-button.confirm"));
        String problem =
                browser.find(By.cssSelector(".work-dialog-body .work-problem")).getText();
        browser.clickCentered(By.cssSelector("vaadin-button.cancel"));
        closedDialog();
        return problem;
    }

    /** Adds an internal note through "Catatan internal" and waits until the card lists it. */
    public void addNote(long questionId, String text) {
        myAction(questionId, "add-note");
        browser.find(By.cssSelector(".work-dialog-body vaadin-text-area textarea"))
                .sendKeys(text);
        browser.clickCentered(By.cssSelector("vaadin-button.confirm"));
        closedDialog();
        waiter().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(card("my-tasks", questionId) + " .work-notes"), text));
    }

    public String myTaskText(long questionId) {
        return waitForMyTask(questionId).getText();
    }

    private void closedDialog() {
        waiter().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".work-dialog-body")));
    }

    private void myAction(long questionId, String action) {
        browser.clickCentered(By.cssSelector(card("my-tasks", questionId) + " vaadin-button." + action));
    }

    /** Waits until the walk-in alert names this queue number. */
    public void waitForWalkInAlert(String queueNumber) {
        browser.waitForText("walk-in-alert", queueNumber);
    }

    /** Waits until "Tugas saya" shows the text (a desk, a note). */
    public void waitForMyTasksText(String text) {
        browser.waitForText("my-tasks", text);
    }

    /** Waits until the shift line says the text (on duty, or ended on another page). */
    public void waitForShiftStatus(String text) {
        browser.waitForText("shift-status", text);
    }

    /** "Akhiri shift": hands open tasks back and signs out. */
    public void endShift() {
        browser.click("end-shift");
    }

    private static String review(String list, long questionId) {
        return "#" + list + " .work-item-review[data-question-id='" + questionId + "']";
    }

    /** The duty supervisor takes the review of an overdue question and waits until it is theirs. */
    public void claimReview(long questionId) {
        browser.clickCentered(By.cssSelector(review("group-tasks", questionId) + " vaadin-button.claim"));
        browser.find(By.cssSelector(review("my-tasks", questionId)));
    }

    /** Chooses the group an overdue question goes to and writes why, without sending it yet. */
    public void prepareReassignment(long questionId, String group, String note) {
        browser.clickCentered(By.cssSelector(review("my-tasks", questionId) + " vaadin-select"));
        browser.clickCentered(By.xpath("//vaadin-select-item[normalize-space()='" + group + "']"));
        browser.find(By.cssSelector(review("my-tasks", questionId) + " vaadin-text-area textarea"))
                .sendKeys(note);
        browser.waitForVaadin();
    }

    public void reassign(long questionId) {
        browser.clickCentered(By.cssSelector(review("my-tasks", questionId) + " vaadin-button.reassign"));
    }

    /** "Alihkan": chooses the group and writes why in the dialog, which {@link #confirmDialog()} sends. */
    public void prepareTransfer(long questionId, String group, String note) {
        myAction(questionId, "transfer");
        browser.clickCentered(By.cssSelector(".work-dialog-body vaadin-select"));
        browser.clickCentered(By.xpath("//vaadin-select-item[normalize-space()='" + group + "']"));
        browser.find(By.cssSelector(".work-dialog-body vaadin-text-area textarea"))
                .sendKeys(note);
        browser.waitForVaadin();
    }

    /** The open dialog's confirm button. */
    public void confirmDialog() {
        browser.clickCentered(By.cssSelector("vaadin-button.confirm"));
    }

    /** Opens the answered questions offered for the FAQ. */
    public void openFaqCandidates() {
        browser.clickCentered(By.id("faq-publish"));
    }

    public void waitForFaqCandidate(String text) {
        browser.waitForText("faq-publish", text);
    }

    /** "Terbitkan di FAQ" on an answered question: waits for its dialog, which {@link #confirmDialog()} sends. */
    public void openFaqDialog(long questionId) {
        browser.clickCentered(By.cssSelector(
                "#faq-publish .faq-candidate[data-question-id='" + questionId + "'] vaadin-button.publish-faq"));
        browser.find(By.cssSelector(".work-dialog-body"));
    }

    /** Waits for a notification containing the text and returns its whole text. */
    public String waitForNotice(String text) {
        return browser.find(By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + text + "')]"))
                .getText();
    }

    public List<String> notices() {
        return browser.driver().findElements(By.cssSelector("vaadin-notification-card")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebDriverWait waiter() {
        return new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
    }
}
