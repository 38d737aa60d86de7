package id.blitar.kiosk.visit.domain;

/** Where a guest comes from, as the library reports it (Kota Blitar, Kabupaten Blitar, luar Blitar). */
public enum Origin {
    CITY,
    REGENCY,
    OUTSIDE
}
