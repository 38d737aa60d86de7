package id.blitar.kiosk.base;

/** The age groups the library reports on (anak, remaja, dewasa, lansia). */
public enum AgeGroup {
    CHILD,
    TEEN,
    ADULT,
    ELDERLY
}
