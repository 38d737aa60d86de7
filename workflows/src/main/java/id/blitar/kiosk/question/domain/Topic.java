package id.blitar.kiosk.question.domain;

/**
 * What a visitor's question is about, as the kiosk offers it. The names are the values the routing
 * decision ({@code dmn/question-routing.dmn}) reads: renaming one is a change to that table too.
 */
public enum Topic {
    /** Cari buku & koleksi. */
    BOOKS,
    /** Referensi & penelitian. */
    RESEARCH,
    /** Literasi digital & internet. */
    DIGITAL,
    /** Keanggotaan & layanan. */
    MEMBERSHIP,
    /** Anak & remaja. */
    CHILDREN,
    /** Lainnya. */
    OTHER
}
