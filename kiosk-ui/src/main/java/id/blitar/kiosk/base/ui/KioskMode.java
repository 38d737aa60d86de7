package id.blitar.kiosk.base.ui;

import java.util.Optional;

/**
 * What a kiosk is for: its registered mode when paired, otherwise {@code /?mode=exit}, {@code reference}
 * or {@code event-room} (device configuration, not a visitor choice).
 */
public enum KioskMode {
    ENTRANCE,
    EXIT,
    /** At the reference area: asking a librarian comes first. */
    REFERENCE,
    /** At the door of the event room: tickets are scanned for attendance. */
    EVENT_ROOM;

    public static Optional<KioskMode> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "exit", "keluar" -> Optional.of(EXIT);
            case "entrance", "masuk" -> Optional.of(ENTRANCE);
            case "reference", "referensi" -> Optional.of(REFERENCE);
            case "event-room", "ruang-kegiatan" -> Optional.of(EVENT_ROOM);
            default -> Optional.empty();
        };
    }
}
