package id.blitar.kiosk.workshop.domain;

/** Kinds of activities the library runs. */
public enum WorkshopType {
    /** Pelatihan / workshop (e.g. information literacy). */
    WORKSHOP,
    SEMINAR,
    /** Klub buku. */
    BOOK_CLUB,
    /** Dongeng anak. */
    STORYTIME,
    OTHER
}
