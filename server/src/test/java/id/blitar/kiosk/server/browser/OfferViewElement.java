package id.blitar.kiosk.server.browser;

/** A freed seat offered by e-mail ({@code OfferView}, /tawaran/:token), usually opened on a phone. */
public record OfferViewElement(Browser browser) {

    /** Opens the offer's link; a used or expired link shows a notice instead of the take button. */
    public OfferViewElement open(String baseUrl, String token) {
        browser.open(baseUrl + "/tawaran/" + token);
        browser.byId("offer");
        return this;
    }

    /** Waits for "Ambil kursi". */
    public OfferViewElement waitForTakeButton() {
        browser.byId("offer-take");
        return this;
    }

    /** Takes the seat and returns the ticket's code. */
    public String take() {
        browser.click("offer-take");
        return browser.textOf("ticket-code");
    }
}
