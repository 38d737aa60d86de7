package id.blitar.kiosk.server.browser;

/**
 * Staff sign-in ({@code LoginView}, /login), where a staff page sends a browser without a session.
 * Signing in is {@link StaffViewElement#signIn}.
 */
public record LoginViewElement(Browser browser) {

    public LoginViewElement open(String baseUrl) {
        browser.open(baseUrl + "/login");
        return waitUntilShown();
    }

    public LoginViewElement waitUntilShown() {
        browser.byId("login");
        return this;
    }
}
