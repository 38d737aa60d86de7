package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The event-room kiosk at the door ({@code DoorView}, /pintu-kegiatan): tickets scanned on the way in. */
public record DoorViewElement(Browser browser) {

    public DoorViewElement open(String baseUrl) {
        browser.open(baseUrl + "/pintu-kegiatan");
        return waitUntilShown();
    }

    /** Opens the kiosk as an event room's ({@code ?mode=event-room}): its own screen is the door. */
    public DoorViewElement openAsEventRoom(String baseUrl) {
        browser.open(baseUrl + "/?mode=event-room");
        return waitUntilShown();
    }

    public DoorViewElement waitUntilShown() {
        browser.byId("door");
        return this;
    }

    /** Scans a ticket (its QR payload or its typed code) as a scanner does: the characters, then Enter. */
    public DoorViewElement scan(String ticket) {
        browser.find(By.cssSelector("#card-number input")).sendKeys(ticket + Keys.ENTER);
        return this;
    }

    /** Waits until the outcome of the last scan says the text ("Selamat datang", "Sudah tercatat"). */
    public void waitForOutcome(String text) {
        browser.waitForText("door-outcome", text);
    }
}
