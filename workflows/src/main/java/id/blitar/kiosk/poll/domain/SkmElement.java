package id.blitar.kiosk.poll.domain;

/**
 * The nine elements of the public-service satisfaction survey (SKM) of PermenPAN-RB No. 14/2017, in
 * the regulation's order (U1–U9). Each is answered on the scale 1 (tidak baik) to 4 (sangat baik).
 */
public enum SkmElement {
    /** U1 Persyaratan. */
    PERSYARATAN,
    /** U2 Sistem, mekanisme dan prosedur. */
    PROSEDUR,
    /** U3 Waktu penyelesaian. */
    WAKTU,
    /** U4 Biaya/tarif. */
    BIAYA,
    /** U5 Produk spesifikasi jenis pelayanan. */
    PRODUK,
    /** U6 Kompetensi pelaksana. */
    KOMPETENSI,
    /** U7 Perilaku pelaksana. */
    PERILAKU,
    /** U8 Penanganan pengaduan, saran dan masukan. */
    PENGADUAN,
    /** U9 Sarana dan prasarana. */
    SARANA
}
