package id.blitar.kiosk.base.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How kiosk screens behave.
 *
 * @param welcomeSeconds how long a welcome or goodbye stays on screen before the attract screen returns
 * @param idleSeconds after this long without a touch a kiosk asks "Masih di sini?"
 * @param idleCountdownSeconds how long that question waits before the kiosk starts over for the next visitor
 * @param kioskName the name recorded with every visit, question and poll answer of an unpaired kiosk on
 *     the server itself (allowed with {@code kiosk.devices.allow-localhost}); paired kiosks record
 *     their device's name
 */
@ConfigurationProperties("kiosk.kiosk-ui")
public record KioskUiProperties(
        Integer welcomeSeconds, Integer idleSeconds, Integer idleCountdownSeconds, String kioskName) {

    public KioskUiProperties {
        if (welcomeSeconds == null || welcomeSeconds < 2) {
            welcomeSeconds = 8;
        }
        if (idleSeconds == null || idleSeconds < 5) {
            idleSeconds = 60;
        }
        if (idleCountdownSeconds == null || idleCountdownSeconds < 1) {
            idleCountdownSeconds = 15;
        }
        if (kioskName == null || kioskName.isBlank()) {
            kioskName = "Kios";
        }
    }
}
