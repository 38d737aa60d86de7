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
                assertThat(new PairViewElement(kiosk).waitUntilShown().hint())
                        .as("unpaired browser at %s", path)
                        .isEqualTo("Kios ini belum dipasangkan. Minta pengelola membuat kode pasangan.");
            }
            assertThat(kiosk.seriousAccessibilityViolations())
                    .as("axe-core on /pair")
                    .isEmpty();
            assertThat(kiosk.pageText()).doesNotContainPattern("![a-zA-Z]+\\.[a-zA-Z.]+");
            kiosk.screenshot("80-pair-unpaired");

            // The manager registers two kiosks and reads their one-time codes.
            KioskDevicesViewElement kiosks = new StaffViewElement(manager)
                    .signIn(url(""), "kepala", "kepala123")
                    .openKiosks();
            String entranceCode = register(kiosks, entranceName, "Lantai 1, dekat pintu", null);
            assertThat(kiosks.pairingUrl()).endsWith("/pair?code=" + entranceCode.replace("-", ""));
            assertThat(kiosks.pairingQrAlt()).contains(entranceName);
            manager.screenshot("81-devices-code");
            String exitCode = register(kiosks, exitName, "Lantai 1, pintu keluar", "Pintu keluar");
            assertThat(kiosks.devices()).contains(entranceName, exitName, "Menunggu dipasangkan");

            // The pairing link pairs the kiosk, which now opens the attract screen and checks members in.
            new PairViewElement(kiosk).followLink(url(""), entranceCode.replace("-", ""));
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
            PairViewElement pairOther = new PairViewElement(other);
            pairOther.followLink(url(""), entranceCode);
            pairOther.waitForError("sudah dipakai");
            other.open(url("/"));
            pairOther.waitUntilShown();

            // Typed on the on-screen keyboard, the exit kiosk's code pairs this browser as an exit kiosk.
            pairOther.typeOnScreen(exitCode);
            other.screenshot("82-pair-typed");
            pairOther.submitOnScreen();
            AttractViewElement exit =
                    new AttractViewElement(other).waitUntilShown().waitForCheckOut();
            other.open(url("/?mode=entrance"));
            exit.waitForCheckOut();
            assertThat(exit.offersCheckIn())
                    .as("a paired exit kiosk ignores ?mode=")
                    .isFalse();

            // The manager sees both kiosks active, then revokes the entrance kiosk.
            kiosks.open(url(""));
            assertThat(kiosks.devices()).contains("Aktif, terakhir terlihat");
            kiosks.askToRevoke(entrance.getId());
            manager.screenshot("83-devices-revoke-dialog");
            kiosks.confirm();
            kiosks.waitForDevices("Dicabut");
            manager.screenshot("84-devices-revoked");

            // Its next screen is /pair: the revoked kiosk stops without a restart; the other kiosk goes on.
            kiosk.open(url("/"));
            new PairViewElement(kiosk).waitUntilShown();
            exit.checkOut();
        }
    }

    @Test
    void shouldCloseTheOpenScreensOfARevokedKioskAtOnceWithoutATouch() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String name = "Kios Referensi " + suffix;
        try (Browser kiosk = new Browser(1080, 1920);
                Browser manager = new Browser(1366, 900)) {
            new StaffViewElement(manager).signIn(url(""), "kepala", "kepala123");
            String code = register(
                    new KioskDevicesViewElement(manager).open(url("")), name, "Ruang referensi", "Layanan referensi");

            new PairViewElement(kiosk).followLink(url(""), code);
            AttractViewElement attract = new AttractViewElement(kiosk).waitUntilShown();
            // A reference kiosk: asking a librarian comes first.
            assertThat(attract.askButtonClass()).contains("kiosk-journey-primary");

            devices.revoke(device(name).getId());

            // Nobody touches the kiosk: the revocation arrives by push (KioskDeviceRevoked, from any node), not
            // at the next minute's check.
            new WebDriverWait(kiosk.driver(), Duration.ofSeconds(10)).until(d -> new PairViewElement(kiosk).isShown());
            assertThat(attract.isShown()).isFalse();
            // And it stays there: the kiosk's address sends it back to pairing.
            kiosk.open(url("/ask"));
            new PairViewElement(kiosk).waitUntilShown();
            assertThat(new AskViewElement(kiosk).isShown()).isFalse();
        }
    }

    /** Registers a kiosk in the devices view and returns the one-time code shown. */
    private static String register(KioskDevicesViewElement kiosks, String name, String location, String mode) {
        String code = kiosks.register(name, location, mode);
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
