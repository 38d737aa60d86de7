package id.blitar.kiosk.poll.domain;

/** "Apa yang bisa lebih baik?" — the chips a visitor may tap. */
public enum Improvement {
    COLLECTION,
    OPENING_HOURS,
    FACILITIES,
    STAFF,
    INTERNET,
    OTHER
}
