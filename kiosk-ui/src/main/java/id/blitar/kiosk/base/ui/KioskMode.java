package id.blitar.kiosk.base.ui;

import java.util.Optional;

/** What a kiosk is for; set once per device with {@code /?mode=exit} (configuration, not a visitor choice). */
public enum KioskMode {
    ENTRANCE,
    EXIT;

    public static Optional<KioskMode> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "exit", "keluar" -> Optional.of(EXIT);
            case "entrance", "masuk" -> Optional.of(ENTRANCE);
            default -> Optional.empty();
        };
    }
}
