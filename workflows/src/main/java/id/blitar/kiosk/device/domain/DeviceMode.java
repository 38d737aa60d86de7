package id.blitar.kiosk.device.domain;

/** What a registered kiosk is for; decides its attract screen. */
public enum DeviceMode {
    ENTRANCE,
    EXIT,
    /** At the reference area: asking a librarian comes first. */
    REFERENCE,
    /** At the door of the event room, for workshop attendance. */
    EVENT_ROOM
}
