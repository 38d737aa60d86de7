package id.blitar.kiosk.visit.domain;

/** Why a guest came (membaca, pinjam/kembali buku, belajar/tugas, internet, kegiatan/workshop, lainnya). */
public enum VisitPurpose {
    READING,
    BORROWING,
    STUDYING,
    INTERNET,
    EVENT,
    OTHER
}
