package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.visit.domain.VisitRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The visit journey in a real browser at kiosk size (1080×1920 portrait), against the running
 * application on the MySQL-protocol test database. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskBrowserIT extends ServerIT {

    private static Browser browser;

    @Autowired
    MemberService members;

    @Autowired
    VisitRepository visits;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser(1080, 1920);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void shouldCheckInADemoMemberByTypedScanAndEnter() {
        browser.open(url("/"));
        AttractViewElement attract = new AttractViewElement(browser).waitUntilShown();
        assertThat(attract.openingHours()).containsAnyOf("WIB", "tutup");
        assertThat(attract.catalogueQrAlt()).contains("katalog");
        browser.screenshot("01-attract");

        CheckInViewElement checkIn = attract.checkIn();
        assertThat(checkIn.scanFieldHasFocus()).isTrue();
        browser.screenshot("02-check-in");
        checkIn.scan("KPB-0001");

        ResultElement welcome = new ResultElement(browser).waitForTitle("Selamat datang, Siti!");
        assertThat(welcome.text()).contains("kunjungan ke-1").doesNotContain("Aminah");
        browser.screenshot("03-welcome-member");

        welcome.waitForReturnToAttract();
        assertThat(browser.pageText()).doesNotContain("Siti");
    }

    @Test
    @Order(2)
    void shouldCountARepeatScanOnce() {
        long memberId = members.findByCard("KPB-0002").orElseThrow().getId();
        browser.open(url("/"));
        new AttractViewElement(browser).waitUntilShown().checkIn().scan("KPB-0002");
        new ResultElement(browser).waitForTitle("Selamat datang, Budi!");

        browser.open(url("/"));
        new AttractViewElement(browser).waitUntilShown().checkIn().scan("kpb-0002");
        ResultElement again = new ResultElement(browser).waitForTitle("Selamat datang kembali, Budi!");
        assertThat(again.text()).contains("sudah tercatat");
        browser.screenshot("04-welcome-back");

        assertThat(visits.findAll().stream().filter(v -> Long.valueOf(memberId).equals(v.getMemberId())))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void shouldCheckInAGuestThroughTheFormOnlyWithConsent() {
        long before = visits.count();
        browser.open(url("/"));
        GuestViewElement guest =
                new AttractViewElement(browser).waitUntilShown().checkIn().asGuest();
        guest.choose("age-group", "elderly").choose("purpose", "reading").choose("origin", "regency");
        guest.institution("Paguyuban Lansia Sanankulon");
        guest.submit();
        assertThat(guest.error()).contains("Centang persetujuan");
        assertThat(visits.count()).isEqualTo(before);
        browser.screenshot("05-guest-without-consent");

        guest.consent();
        browser.screenshot("06-guest-form");
        guest.submit();
        ResultElement welcome = new ResultElement(browser).waitForTitle("Selamat datang!");
        assertThat(welcome.text()).contains("pengunjung ke-");
        browser.screenshot("07-welcome-guest");
        assertThat(visits.count()).isEqualTo(before + 1);
    }

    @Test
    @Order(4)
    void shouldRejectAnUnknownCardAndMarkupWithoutStoringAnything() {
        long before = visits.count();
        browser.open(url("/check-in"));
        CheckInViewElement checkIn = new CheckInViewElement(browser).waitUntilShown();
        checkIn.scan("KPB-9999");
        assertThat(checkIn.error()).contains("Kartu tidak dikenal");
        browser.screenshot("08-unknown-card");
        checkIn.scan("<b>KPB-0001</b>");
        assertThat(checkIn.error()).contains("hanya berisi huruf");
        checkIn.scan("");
        assertThat(checkIn.error()).contains("masih kosong");
        assertThat(visits.count()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void shouldCheckInAGroupWithHeadCounts() {
        browser.open(url("/check-in/group"));
        GroupViewElement group = new GroupViewElement(browser);
        group.institution("SDN Sananwetan 3")
                .origin("city")
                .add("child", "plus10", 2)
                .add("child", "plus", 3);
        group.add("adult", "plus", 2).consent();
        assertThat(group.total()).contains("25");
        browser.screenshot("09-group-form");
        group.submit();
        ResultElement welcome = new ResultElement(browser).waitForTitle("Selamat datang, rombongan!");
        assertThat(welcome.text()).contains("25 orang");
        assertThat(visits.findAll().stream().filter(v -> "SDN Sananwetan 3".equals(v.getInstitution())))
                .singleElement()
                .satisfies(v -> assertThat(v.getHeadCount()).isEqualTo(25))
                .satisfies(v -> assertThat(v.getCountChildren()).isEqualTo(23))
                .satisfies(v -> assertThat(v.getCountAdults()).isEqualTo(2));
        browser.screenshot("10-welcome-group");
    }

    @Test
    @Order(6)
    void shouldCheckOutAtTheExitKioskWithTheOnScreenKeyboard() {
        browser.open(url("/"));
        new AttractViewElement(browser).waitUntilShown().checkIn().scan("KPB-0003");
        new ResultElement(browser).waitForTitle("Selamat datang, Sri!");

        browser.open(url("/?mode=exit"));
        CheckInViewElement exit =
                new AttractViewElement(browser).waitUntilShown().checkOut();
        browser.screenshot("11-exit-scan");
        exit.typeOnScreen("KPB-0003");
        ResultElement goodbye = new ResultElement(browser).waitForTitle("Sampai jumpa, Sri!");
        assertThat(goodbye.text()).contains("Lama kunjungan");
        long sri = members.findByCard("KPB-0003").orElseThrow().getId();
        assertThat(visits.findAll().stream().filter(v -> Long.valueOf(sri).equals(v.getMemberId())))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.getCloseReason()).isEqualTo(id.blitar.kiosk.visit.domain.CloseReason.CHECK_OUT))
                .satisfies(v -> assertThat(v.getDurationMinutes()).isNotNull());
        browser.screenshot("12-goodbye");
        // The mode is device configuration: a new session (server restart, expiry) keeps it.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        new AttractViewElement(browser).open(url("")).waitForCheckOut();
        new AttractViewElement(browser).open(url(""), "entrance").waitForCheckIn();
    }

    @Test
    @Order(7)
    void shouldWelcomeAnExpiredMemberAndLetTheMembershipDeskRenew() throws Exception {
        browser.open(url("/"));
        new AttractViewElement(browser).waitUntilShown().checkIn().scan("KPB-0004");
        ResultElement welcome = new ResultElement(browser).waitForTitle("Selamat datang, Rina!");
        assertThat(welcome.text()).contains("meja keanggotaan");
        browser.screenshot("13-welcome-expired");

        StaffViewElement staff = new StaffViewElement(browser).signIn(url(""), "anggota", "anggota123");
        assertThat(staff.renewalsText()).contains("KPB-0004").contains("Rina Kartika");
        browser.screenshot("14-staff-renewals");
        staff.renewOnlyRenewal("KPB-0004");
        staff.waitForRenewals("Tidak ada permintaan");
        assertThat(members.findByCard("KPB-0004").orElseThrow().getExpiresOn()).isAfter(LocalDate.now());

        // A librarian's session does not open Camunda's webapps (managers only).
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> cockpit = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/camunda/app/cockpit/default/")))
                                .header("Cookie", "JSESSIONID=" + session)
                                .header("Accept", "text/html,application/xhtml+xml")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.body())
                .as("a page in the librarian's language, not Spring's English error page")
                .contains("Halaman ini tidak tersedia untuk akun Anda")
                .doesNotContain("Whitelabel");

        browser.driver().manage().deleteAllCookies();
        staff.openSignedOut(url(""));
    }

    @Test
    @Order(8)
    void shouldShowAManagerTheRunningVisitsInCockpitAndTheRestApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString("kepala:kepala123".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> count = http.send(
                HttpRequest.newBuilder(
                                URI.create(url("/engine-rest/process-instance/count?processDefinitionKey=visit")))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).matches("\\{\"count\":[1-9][0-9]*}");
        String librarian = Base64.getEncoder().encodeToString("anggota:anggota123".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(URI.create(url("/engine-rest/process-instance/count")))
                        .header("Authorization", "Basic " + librarian)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);

        new StaffViewElement(browser).signIn(url(""), "kepala", "kepala123");
        browser.driver().get(url("/camunda/app/cockpit/default/#/processes"));
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30));
        String running = count.body().replaceAll("\\D", "");
        try {
            wait.until(d -> d
                    .findElements(org.openqa.selenium.By.xpath(
                            "//tr[.//a[normalize-space()='Kunjungan perpustakaan']]/td[3]"))
                    .stream()
                    .anyMatch(cell -> cell.getText().strip().equals(running)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("15-cockpit-visit-failed");
            String page = browser.pageText();
            // The next test starts at the kiosk, not signed in as the manager.
            browser.driver().manage().deleteAllCookies();
            throw new AssertionError("Cockpit never showed " + running + " running visits; the page said: " + page, e);
        }
        browser.screenshot("15-cockpit-visit");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    @Order(9)
    void shouldSwitchToEnglishForOneVisitorOnly() {
        // A member of this test alone: the demo members are checked in by other tests sharing the database,
        // and a member already inside is welcomed back ("Welcome back, Dewi!"), not welcomed.
        if (members.findByCard("KPB-1901").isEmpty()) {
            members.register(
                    "KPB-1901",
                    "Dewi Sartika",
                    "Umum",
                    AgeGroup.ADULT,
                    null,
                    null,
                    java.time.LocalDate.now().plusYears(1));
        }
        // This browser ran the tests before this one. The switch rebuilds the screen without a page load,
        // and the scanner, used right after it without a tap, still checks the visitor in.
        browser.open(url("/"));
        new AttractViewElement(browser).waitUntilShown().switchLanguage("en");
        new ScannerEmulator(browser, 19).scan("KPB-1901");
        new ResultElement(browser).waitForTitle("Welcome, Dewi!");
        browser.screenshot("17-welcome-english");
        new ResultElement(browser).waitForReturnToAttract();

        // A second English visitor in a row: the language is chosen again (the kiosk forgot it) and this
        // visitor taps "Check in" and scans there.
        browser.open(url("/"));
        AttractViewElement attract =
                new AttractViewElement(browser).waitUntilShown().switchLanguage("en");
        attract.waitForCheckInButton("Check in / Masuk");
        browser.screenshot("16-attract-english");
        attract.checkIn().scan("KPB-1901");
        new ResultElement(browser).waitForTitle("Welcome back, Dewi!");

        new ResultElement(browser).waitForReturnToAttract().waitForCheckInButton("Masuk / Check in");
        assertThat(browser.pageText())
                .as("the next visitor starts in Bahasa Indonesia")
                .contains("Selamat datang di");
    }
}
