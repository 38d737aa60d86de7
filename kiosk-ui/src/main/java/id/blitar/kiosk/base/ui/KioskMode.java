package id.blitar.kiosk.base.ui;

import java.util.Optional;

/** What a kiosk is for; set once per device with {@code /?mode=exit} or {@code /?mode=reference} (configuration, not a visitor choice). */
public enum KioskMode {
    ENTRANCE,
    EXIT,
    /** At the reference area: asking a librarian comes first. */
    REFERENCE;

    public static Optional<KioskMode> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "exit", "keluar" -> Optional.of(EXIT);
            case "entrance", "masuk" -> Optional.of(ENTRANCE);
            case "reference", "referensi" -> Optional.of(REFERENCE);
            default -> Optional.empty();
        };
    }
}
