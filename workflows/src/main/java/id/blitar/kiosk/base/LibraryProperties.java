package id.blitar.kiosk.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The library this installation serves.
 *
 * @param name the name shown on kiosk screens
 * @param zone the library's time zone; every "today", opening hour and closing time is read in it
 * @param catalogueUrl the library's website or online catalogue, offered on the attract screen as a QR
 *     code for visitors' phones; none when blank
 */
@ConfigurationProperties("kiosk.library")
public record LibraryProperties(String name, ZoneId zone, String catalogueUrl) {

    public LibraryProperties {
        if (name == null || name.isBlank()) {
            name = "Perpustakaan Kota Blitar";
        }
        if (zone == null) {
            zone = ZoneId.of("Asia/Jakarta");
        }
    }
}
