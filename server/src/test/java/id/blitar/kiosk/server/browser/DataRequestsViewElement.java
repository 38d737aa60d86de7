package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/**
 * Deletion requests and their log for the data-protection officer and managers ({@code DataRequestsView},
 * /staff/data).
 */
public record DataRequestsViewElement(Browser browser) {

    public DataRequestsViewElement open(String baseUrl) {
        browser.open(baseUrl + "/staff/data");
        return waitUntilShown();
    }

    public DataRequestsViewElement waitUntilShown() {
        browser.byId("data-requests-open");
        return this;
    }

    /** The open requests, as text. */
    public String openRequests() {
        return browser.textOf("data-requests-open");
    }

    public void waitForOpenRequests(String text) {
        browser.waitForText("data-requests-open", text);
    }

    /** The id of the open request that mentions this card. */
    public String requestOf(String card) {
        String cardId = browser.driver().findElements(By.cssSelector("#data-requests-open .data-request-card")).stream()
                .filter(c -> c.getText().contains(card))
                .findFirst()
                .orElseThrow()
                .getAttribute("id");
        return cardId.substring("data-request-".length());
    }

    public DataRequestsViewElement refuse(String requestId) {
        browser.click("data-request-refuse-" + requestId);
        return this;
    }

    public DataRequestsViewElement approve(String requestId) {
        browser.click("data-request-approve-" + requestId);
        return this;
    }

    public String log() {
        return browser.textOf("data-requests-log");
    }
}
