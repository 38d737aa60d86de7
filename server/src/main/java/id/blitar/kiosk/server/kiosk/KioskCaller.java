package id.blitar.kiosk.server.kiosk;

import id.blitar.kiosk.base.ui.KioskSession;
import id.blitar.kiosk.base.ui.KioskUiProperties;
import id.blitar.kiosk.device.domain.KioskDevice;
import id.blitar.kiosk.device.service.DeviceService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which kiosk calls the kiosk API, by the rule of the kiosk screens ({@code KioskDeviceGate}): a paired,
 * unrevoked device shown by its device cookie, under the device's name; where {@code
 * kiosk.devices.allow-localhost} is true, also a browser on the server itself, under the configured kiosk
 * name. Anyone else is refused: 403 for a device's withdrawn cookie (revoked, or paired again since), 401 for
 * no cookie or one this server never signed.
 */
@Component
class KioskCaller {

    private final DeviceService devices;
    private final KioskUiProperties settings;

    KioskCaller(DeviceService devices, KioskUiProperties settings) {
        this.devices = devices;
        this.settings = settings;
    }

    /** Who called. */
    sealed interface Caller {}

    /** A kiosk that may call; {@code name} is what its visits record. */
    record Kiosk(String name) implements Caller {}

    /** Refused with this HTTP status (401 or 403). */
    record Refused(int status) implements Caller {}

    Caller of(HttpServletRequest request) {
        Optional<String> token = deviceCookie(request);
        Optional<KioskDevice> device = token.flatMap(devices::deviceForToken);
        if (device.isPresent()) {
            devices.touch(device.get().getId());
            return new Kiosk(device.get().getName());
        }
        if (devices.allowsLocalhost() && fromThisMachine(request.getRemoteAddr())) {
            return new Kiosk(settings.kioskName());
        }
        if (token.isPresent() && devices.isWithdrawnToken(token.get())) {
            return new Refused(403);
        }
        return new Refused(401);
    }

    private static Optional<String> deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> KioskSession.DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    static boolean fromThisMachine(String address) {
        if (address == null) {
            return false;
        }
        try {
            // An address literal: no name lookup happens.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
