package id.blitar.kiosk.server.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The managers' member import ({@code MemberImportView}, /manage/members). */
public record MemberImportViewElement(Browser browser) {

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
}
