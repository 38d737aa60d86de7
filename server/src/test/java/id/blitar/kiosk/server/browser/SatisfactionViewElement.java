package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Visitor satisfaction for managers ({@code SatisfactionView}, /manage/satisfaction). */
public record SatisfactionViewElement(Browser browser) {

    public SatisfactionViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage/satisfaction");
        return waitUntilShown();
    }

    public SatisfactionViewElement waitUntilShown() {
        browser.byId("satisfaction");
        return this;
    }

    /** The IKM tile ("–" while there is nothing to compute it from). */
    public String ikm() {
        return browser.textOf("tile-ikm");
    }

    /** Waits for the follow-up card of the poll answer with this comment. */
    public WebElement followUp(String comment) {
        return browser.find(By.xpath("//div[contains(@class,'work-item')][.//p[contains(., '" + comment + "')]]"));
    }

    /**
     * Records what was done about a follow-up and publishes it on the kiosks as "you said … we did …".
     *
     * @param followUp the card from {@link #followUp(String)}
     */
    public void recordAndPublish(WebElement followUp, String actionTaken, String youSaid, String weDid) {
        followUp.findElement(By.cssSelector("#action-taken textarea")).sendKeys(actionTaken);
        WebElement publish = followUp.findElement(By.cssSelector("#action-publish input"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", publish);
        publish.click();
        browser.waitForVaadin();
        WebElement youSaidField = browser.find(By.cssSelector("#action-you-said input"));
        youSaidField.clear();
        youSaidField.sendKeys(youSaid);
        browser.find(By.cssSelector("#action-we-did input")).sendKeys(weDid);
        browser.waitForVaadin();
        followUp.findElement(By.id("action-save")).click();
        browser.waitForVaadin();
    }

    public void waitForPublishedAction(String weDid) {
        browser.waitForText("published-actions", weDid);
    }
}
