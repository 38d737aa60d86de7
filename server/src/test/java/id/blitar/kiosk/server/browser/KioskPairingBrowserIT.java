package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.device.domain.KioskDevice;
import id.blitar.kiosk.device.service.DeviceService;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.domain.VisitRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kiosk screens serve paired kiosks only: an unpaired browser lands on {@code /pair}; a manager
 * registers a kiosk and its one-time code pairs one browser (by link or typed), never a second; the
 * paired kiosk records its own name; a revoked kiosk is sent back to {@code /pair} at its next screen.
 * Browsers on the server itself are let through without pairing (the embedded default), so this
 * test reaches the server through the machine's own network address instead of localhost: to the
 * server these browsers are kiosks elsewhere in the library, in the same application context as the
 * other browser tests.
 */
class KioskPairingBrowserIT extends ServerIT {

    /** The server as a kiosk on the library's network sees it: by a non-loopback address of this machine. */
    @Override
    protected String url(String path) {
        return "http://" + NETWORK_ADDRESS + ":" + port + path;
    }

    private static final String NETWORK_ADDRESS = networkAddress();

    private static String networkAddress() {
        try {
            return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(i -> {
                        try {
                            return i.isUp() && !i.isLoopback();
                        } catch (java.net.SocketException e) {
                            return false;
                        }
                    })
                    .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                    .filter(a ->
                            a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .map(java.net.InetAddress::getHostAddress)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "The pairing test needs a non-loopback IPv4 address on this machine"));
        } catch (java.net.SocketException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    MemberService members;

    @Autowired
    VisitRepository visits;

    @Autowired
    DeviceService devices;

    @Autowired
    Clock clock;

    @Test
    void shouldServeKioskScreensOnlyToAPairedKioskUntilItIsRevoked() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String card = "PAIR-" + suffix;
        long memberId = members.register(
                        card,
                        "Wulan Pratiwi",
                        "Umum",
                        AgeGroup.ADULT,
                        null,
                        null,
                        LocalDate.now(clock).plusYears(1))
                .getId();
        String entranceName = "Kios Lobi " + suffix;
        String exitName = "Kios Keluar " + suffix;

        try (Browser kiosk = new Browser(1080, 1920);
                Browser manager = new Browser(1366, 900);
                Browser other = new Browser(1080, 1920)) {
            // Unpaired: every kiosk screen, the board included, sends the browser to /pair.
            for (String path : new String[] {"/", "/check-in", "/ask", "/check-out", "/board"}) {
                kiosk.open(url(path));
                kiosk.byId("pair");
                assertThat(kiosk.textOf("pair-hint"))
                        .as("unpaired browser at %s", path)
                        .isEqualTo("Kios ini belum dipasangkan. Minta pengelola membuat kode pasangan.");
            }
            assertThat(kiosk.seriousAccessibilityViolations())
                    .as("axe-core on /pair")
                    .isEmpty();
            assertThat(kiosk.pageText()).doesNotContainPattern("![a-zA-Z]+\\.[a-zA-Z.]+");
            kiosk.screenshot("80-pair-unpaired");

            // The manager registers two kiosks and reads their one-time codes.
            new StaffViewElement(manager).signIn(url(""), "kepala", "kepala123");
            manager.click("kiosks-link");
            manager.byId("kiosk-devices");
            String entranceCode = register(manager, entranceName, "Lantai 1, dekat pintu", null);
            assertThat(manager.textOf("pairing-url")).endsWith("/pair?code=" + entranceCode.replace("-", ""));
            assertThat(manager.byId("pairing-qr").getDomAttribute("alt")).contains(entranceName);
            manager.screenshot("81-devices-code");
            String exitCode = register(manager, exitName, "Lantai 1, pintu keluar", "Pintu keluar");
            assertThat(manager.textOf("devices")).contains(entranceName, exitName, "Menunggu dipasangkan");

            // The pairing link pairs the kiosk, which now opens the attract screen and checks members in.
            kiosk.open(url("/pair?code=" + entranceCode.replace("-", "")));
            AttractViewElement attract = new AttractViewElement(kiosk).waitUntilShown();
            attract.checkIn().scan(card);
            new ResultElement(kiosk).waitForTitle("Selamat datang, Wulan!");
            Visit visit = visits.findAll().stream()
                    .filter(v -> Long.valueOf(memberId).equals(v.getMemberId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(visit.getKiosk()).isEqualTo(entranceName);
            KioskDevice entrance = device(entranceName);
            assertThat(entrance.getPairedAt()).isNotNull();
            assertThat(entrance.getLastSeenAt()).isNotNull();

            // A used code pairs nobody else.
            other.open(url("/pair?code=" + entranceCode));
            other.waitForText("pair-error", "sudah dipakai");
            other.open(url("/"));
            other.byId("pair");

            // Typed on the on-screen keyboard, the exit kiosk's code pairs this browser as an exit kiosk.
            for (char c : exitCode.toCharArray()) {
                other.clickCentered(By.cssSelector("#pair-code-keyboard vaadin-button[aria-label='" + c + "']"));
            }
            other.screenshot("82-pair-typed");
            other.click("pair-code-keyboard-enter");
            other.byId("attract");
            other.byId("start-check-out");
            other.open(url("/?mode=entrance"));
            other.byId("start-check-out");
            assertThat(other.driver().findElements(By.id("start-check-in")))
                    .as("a paired exit kiosk ignores ?mode=")
                    .isEmpty();

            // The manager sees both kiosks active, then revokes the entrance kiosk.
            manager.open(url("/manage/kiosks"));
            manager.byId("kiosk-devices");
            assertThat(manager.textOf("devices")).contains("Aktif, terakhir terlihat");
            manager.click("revoke-" + entrance.getId());
            manager.find(By.cssSelector("vaadin-button[slot='confirm-button']"));
            manager.screenshot("83-devices-revoke-dialog");
            manager.clickCentered(By.cssSelector("vaadin-button[slot='confirm-button']"));
            manager.waitForText("devices", "Dicabut");
            manager.screenshot("84-devices-revoked");

            // Its next screen is /pair: the revoked kiosk stops without a restart; the other kiosk goes on.
            kiosk.open(url("/"));
            kiosk.byId("pair");
            other.click("start-check-out");
            other.byId("check-out");
        }
    }

    @Test
    void shouldCloseTheOpenScreensOfARevokedKioskAtOnceWithoutATouch() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String name = "Kios Referensi " + suffix;
        try (Browser kiosk = new Browser(1080, 1920);
                Browser manager = new Browser(1366, 900)) {
            new StaffViewElement(manager).signIn(url(""), "kepala", "kepala123");
            manager.open(url("/manage/kiosks"));
            String code = register(manager, name, "Ruang referensi", "Layanan referensi");

            kiosk.open(url("/pair?code=" + code));
            new AttractViewElement(kiosk).waitUntilShown();
            // A reference kiosk: asking a librarian comes first.
            assertThat(kiosk.byId("start-ask").getDomAttribute("class")).contains("kiosk-journey-primary");

            devices.revoke(device(name).getId());

            // Nobody touches the kiosk: the revocation arrives by push (KioskDeviceRevoked, from any node), not
            // at the next minute's check.
            new WebDriverWait(kiosk.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.id("pair")).isEmpty());
            assertThat(kiosk.driver().findElements(By.id("attract"))).isEmpty();
            // And it stays there: the kiosk's address sends it back to pairing.
            kiosk.open(url("/ask"));
            kiosk.byId("pair");
            assertThat(kiosk.driver().findElements(By.id("ask"))).isEmpty();
        }
    }

    /** Registers a kiosk in the devices view and returns the one-time code shown. */
    private String register(Browser manager, String name, String location, String mode) {
        manager.find(By.cssSelector("#device-name input")).sendKeys(name);
        manager.find(By.cssSelector("#device-location input")).sendKeys(location);
        if (mode != null) {
            manager.click("device-mode");
            manager.clickCentered(By.xpath("//vaadin-select-item[normalize-space()='" + mode + "']"));
        }
        manager.waitForVaadin();
        manager.click("device-register");
        manager.waitForText("pairing-panel", name);
        String code = manager.textOf("pairing-code");
        assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        return code;
    }

    private KioskDevice device(String name) {
        return devices.list().stream()
                .filter(d -> d.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
