package id.blitar.kiosk.base.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How kiosk screens behave.
 *
 * @param welcomeSeconds how long a welcome or goodbye stays on screen before the attract screen returns
 * @param kioskName the name recorded with every visit made at this installation's kiosks until kiosks are
 *     registered as devices
 */
@ConfigurationProperties("kiosk.kiosk-ui")
public record KioskUiProperties(Integer welcomeSeconds, String kioskName) {

    public KioskUiProperties {
        if (welcomeSeconds == null || welcomeSeconds < 2) {
            welcomeSeconds = 8;
        }
        if (kioskName == null || kioskName.isBlank()) {
            kioskName = "Kios";
        }
    }
}
