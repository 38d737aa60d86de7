package id.blitar.kiosk.server.browser;

import org.openqa.selenium.By;

/**
 * The managers' kiosk devices ({@code KioskDevicesView}, /manage/kiosks): register a kiosk, its one-time
 * pairing code and QR, revoke.
 */
public record KioskDevicesViewElement(Browser browser) {

    public KioskDevicesViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage/kiosks");
        return waitUntilShown();
    }

    public KioskDevicesViewElement waitUntilShown() {
        browser.byId("kiosk-devices");
        return this;
    }

    /**
     * Registers a kiosk and returns the one-time code shown for it.
     *
     * @param mode the kiosk's mode as the list shows it ("Pintu keluar"), or null for the entrance
     */
    public String register(String name, String location, String mode) {
        browser.find(By.cssSelector("#device-name input")).sendKeys(name);
        browser.find(By.cssSelector("#device-location input")).sendKeys(location);
        if (mode != null) {
            browser.click("device-mode");
            browser.clickCentered(By.xpath("//vaadin-select-item[normalize-space()='" + mode + "']"));
        }
        browser.waitForVaadin();
        browser.click("device-register");
        browser.waitForText("pairing-panel", name);
        return browser.textOf("pairing-code");
    }

    /** The pairing link of the code shown. */
    public String pairingUrl() {
        return browser.textOf("pairing-url");
    }

    /** The pairing QR image's text alternative. */
    public String pairingQrAlt() {
        return browser.byId("pairing-qr").getDomAttribute("alt");
    }

    /** The list of kiosks with their states. */
    public String devices() {
        return browser.textOf("devices");
    }

    public void waitForDevices(String text) {
        browser.waitForText("devices", text);
    }

    /** "Cabut" on a kiosk: waits for the question, which {@link #confirm()} answers. */
    public KioskDevicesViewElement askToRevoke(long deviceId) {
        browser.click("revoke-" + deviceId);
        browser.find(By.cssSelector("vaadin-button[slot='confirm-button']"));
        return this;
    }

    public void confirm() {
        browser.clickCentered(By.cssSelector("vaadin-button[slot='confirm-button']"));
    }
}
