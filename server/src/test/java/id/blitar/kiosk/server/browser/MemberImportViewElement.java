package id.blitar.kiosk.server.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The managers' member import ({@code MemberImportView}, /manage/members). */
public record MemberImportViewElement(Browser browser) {

    public MemberImportViewElement open(String baseUrl) {
        browser.open(baseUrl + "/manage/members");
        return waitUntilShown();
    }

    public MemberImportViewElement waitUntilShown() {
        browser.byId("member-import");
        return this;
    }

    /** Chooses a file as the "Pilih berkas CSV" dialog would: into the upload's file input. */
    public void upload(Path file) {
        WebElement upload = browser.byId("member-upload");
        upload.getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the import's status line says the text ("Selesai", "ditolak"). */
    public void waitForStatus(String text) {
        browser.waitForText("member-import-status", text);
    }

    public String status() {
        return browser.textOf("member-import-status");
    }

    public String memberCount() {
        return browser.textOf("member-count");
    }

    public String lastImport() {
        return browser.textOf("last-import");
    }

    public String problems() {
        return browser.textOf("member-import-problems");
    }

    /** Looks a member up by card in the "Nama panggilan" form and stores the name the kiosks greet them by. */
    public String setCallName(String card, String callName) {
        WebElement cardInput = browser.find(By.cssSelector("#call-name-card input"));
        cardInput.sendKeys(card, org.openqa.selenium.Keys.TAB);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.textOf("call-name-found").contains("\u2014"));
        WebElement name = browser.find(By.cssSelector("#call-name-value input"));
        name.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), callName);
        browser.click("call-name-save");
        browser.waitForText("call-name-message", "tersimpan");
        return browser.textOf("call-name-found");
    }
}
