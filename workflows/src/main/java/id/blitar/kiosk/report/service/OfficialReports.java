package id.blitar.kiosk.report.service;

import id.blitar.kiosk.base.DateFormats;
import id.blitar.kiosk.base.LibraryProperties;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.service.SatisfactionIndex;
import id.blitar.kiosk.report.service.Dashboard.Events;
import id.blitar.kiosk.report.service.Dashboard.Visits;
import id.blitar.kiosk.report.service.ReportService.MemberFigures;
import id.blitar.kiosk.report.service.ReportService.VisitRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports the library owes upward, in Bahasa Indonesia as they are filed: monthly visits by member
 * type (the table SLiMS and INLISLite print), the IPLM figures this system knows, and the SKM/IKM of a
 * semester. Every figure comes from {@link ReportService}, the same as the dashboard's.
 */
@Service
public class OfficialReports {

    /** The row of everyone who came without a card: guests and members of groups. */
    public static final String NON_MEMBERS = "Non-anggota";

    public static final String TOTAL = "Jumlah";

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final String[] ELEMENT_NAMES = {
        "Persyaratan",
        "Sistem, mekanisme dan prosedur",
        "Waktu penyelesaian",
        "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan",
        "Kompetensi pelaksana",
        "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan",
        "Sarana dan prasarana"
    };

    private final ReportService reports;
    private final LibraryProperties library;

    OfficialReports(ReportService reports, LibraryProperties library) {
        this.reports = reports;
        this.library = library;
    }

    /**
     * Visits of a month by member type: one row per member type that came, a "Non-anggota" row
     * (guests and groups, counting people), a column per day and the month's total, and a row of
     * daily totals.
     */
    @Transactional(readOnly = true)
    public ReportTable monthlyVisits(YearMonth month) {
        Period period = Period.month(month);
        int days = month.lengthOfMonth();
        Map<String, long[]> byType = new TreeMap<>();
        long[] nonMembers = new long[days];
        for (VisitRow row : reports.visitRows(period)) {
            int day = row.checkedInAt().getDayOfMonth() - 1;
            if (row.isMember()) {
                byType.computeIfAbsent(ReportService.memberType(row), t -> new long[days])[day] += row.headCount();
            } else {
                nonMembers[day] += row.headCount();
            }
        }
        List<String> header = new ArrayList<>();
        header.add("Jenis pengunjung");
        for (int d = 1; d <= days; d++) {
            header.add(String.valueOf(d));
        }
        header.add(TOTAL);
        List<List<Object>> rows = new ArrayList<>();
        long[] totals = new long[days];
        byType.forEach((type, counts) -> rows.add(countRow("Anggota " + type, counts, totals)));
        rows.add(countRow(NON_MEMBERS, nonMembers, totals));
        rows.add(countRow(TOTAL, totals, new long[days]));
        return new ReportTable(
                "kunjungan-" + month,
                "Laporan kunjungan bulanan menurut jenis anggota",
                List.of(
                        library.name(),
                        "Periode: " + DateFormats.monthYear(month, INDONESIAN),
                        "Dihitung dari check-in di kios: orang per hari; rombongan dihitung sebanyak anggota"
                                + " rombongannya; kartu yang dipindai ulang dalam jendela kunjungan ulang dihitung"
                                + " sekali. Non-anggota = tamu dan rombongan."),
                header,
                rows,
                Set.of(rows.size() - 1));
    }

    private static List<Object> countRow(String label, long[] counts, long[] totals) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        long sum = 0;
        for (int d = 0; d < counts.length; d++) {
            row.add(counts[d]);
            totals[d] += counts[d];
            sum += counts[d];
        }
        row.add(sum);
        return row;
    }

    /**
     * The figures of the Indeks Pembangunan Literasi Masyarakat (IPLM, Perpustakaan Nasional RI) that
     * this system records, for a period: UPLM 4 (visits per day), UPLM 6 (participation in the
     * library's activities) and UPLM 7 (members). Each row names its indicator and how it was counted.
     */
    @Transactional(readOnly = true)
    public ReportTable iplm(Period period) {
        Visits visits = reports.visits(period);
        Events events = reports.events(period);
        MemberFigures members = reports.members(period);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                "UPLM 4",
                "Jumlah kunjungan pemustaka",
                visits.people(),
                "orang",
                "Check-in di kios masuk; rombongan dihitung sebanyak anggotanya, kartu yang dipindai ulang dihitung"
                        + " sekali"));
        rows.add(List.of("UPLM 4", "Kunjungan anggota", visits.members(), "orang", "Check-in dengan kartu anggota"));
        rows.add(
                List.of("UPLM 4", "Kunjungan non-anggota", visits.nonMembers(), "orang", "Tamu dan anggota rombongan"));
        rows.add(List.of(
                "UPLM 4",
                "Hari layanan",
                visits.openingDays(),
                "hari",
                "Hari dalam periode (sampai hari ini) yang buka menurut jam layanan"));
        rows.add(List.of(
                "UPLM 4",
                "Rata-rata kunjungan per hari layanan",
                visits.averagePerOpeningDay() == null ? "" : visits.averagePerOpeningDay(),
                "orang/hari",
                "Jumlah kunjungan dibagi hari layanan"));
        rows.add(List.of(
                "UPLM 6",
                "Jumlah kegiatan (sosialisasi, pelatihan, dongeng, klub buku)",
                events.activities(),
                "kegiatan",
                "Kegiatan yang dimulai dalam periode, tanpa yang dibatalkan"));
        rows.add(List.of("UPLM 6", "Jumlah pertemuan", events.sessions(), "sesi", "Sesi kegiatan tersebut"));
        rows.add(List.of(
                "UPLM 6",
                "Peserta terdaftar",
                events.confirmed(),
                "orang",
                "Pendaftaran dengan kursi terkonfirmasi (hadir, tidak hadir, atau belum berlangsung)"));
        rows.add(List.of(
                "UPLM 6",
                "Peserta hadir",
                events.attended(),
                "orang",
                "Pendaftaran yang tiketnya dipindai di pintu kegiatan minimal sekali"));
        rows.add(List.of(
                "UPLM 7",
                "Anggota terdaftar",
                members.registered(),
                "orang",
                "Anggota yang terdaftar sampai akhir periode"));
        rows.add(List.of(
                "UPLM 7",
                "Anggota aktif",
                members.active(),
                "orang",
                "Anggota terdaftar yang kartunya masih berlaku pada akhir periode"));
        rows.add(
                List.of("UPLM 7", "Anggota baru", members.joined(), "orang", "Anggota yang didaftarkan dalam periode"));
        rows.add(List.of(
                "UPLM 7",
                "Anggota yang berkunjung",
                members.visited(),
                "orang",
                "Anggota berbeda yang check-in minimal sekali dalam periode"));
        return new ReportTable(
                "iplm-" + period.from() + "-" + period.to(),
                "Data IPLM perpustakaan",
                List.of(
                        library.name(),
                        "Periode: " + periodText(period),
                        "Unsur Pembangunan Literasi Masyarakat yang dicatat sistem ini: UPLM 4 (kunjungan per hari),"
                                + " UPLM 6 (keterlibatan dalam kegiatan), UPLM 7 (anggota)."),
                List.of("Indikator", "Uraian", "Nilai", "Satuan", "Cara menghitung"),
                rows,
                Set.of());
    }

    /**
     * The SKM of a semester as PermenPAN-RB 14/2017 reports it: each element's NRR and weighted NRR,
     * the IKM and its conversion to 25–100, the quality category and the respondents.
     */
    @Transactional(readOnly = true)
    public ReportTable skm(int year, int semester) {
        Period period = Period.semester(year, semester);
        Optional<SatisfactionIndex> index = reports.satisfaction(period).ikm();
        long respondents = reports.skmRespondents(period);
        List<List<Object>> rows = new ArrayList<>();
        double weight = index.map(i -> 1.0 / i.elementAverages().size()).orElse(0.0);
        for (SkmElement e : SkmElement.values()) {
            Double nrr = index.map(i -> i.elementAverages().get(e)).orElse(null);
            rows.add(List.of(
                    "U" + (e.ordinal() + 1),
                    ELEMENT_NAMES[e.ordinal()],
                    index.map(i -> i.answersPerElement().getOrDefault(e, 0)).orElse(0),
                    nrr == null ? "" : nrr,
                    nrr == null ? "" : nrr * weight));
        }
        rows.add(List.of(
                "IKM",
                "Indeks (jumlah NRR tertimbang)",
                "",
                "",
                index.map(i -> (Object) i.index()).orElse("")));
        rows.add(List.of(
                "IKM",
                "Nilai konversi (indeks × 25)",
                "",
                "",
                index.map(i -> (Object) i.converted()).orElse("")));
        rows.add(List.of(
                "Mutu",
                "Mutu pelayanan",
                "",
                "",
                index.map(i -> i.category() + " (" + category(i.category()) + ")")
                        .orElse("")));
        rows.add(List.of("Responden", "Responden yang menjawab butir SKM", respondents, "", ""));
        return new ReportTable(
                "skm-" + year + "-semester-" + semester,
                "Survei Kepuasan Masyarakat (SKM) semester " + semester + " tahun " + year,
                List.of(
                        library.name(),
                        "Periode: " + periodText(period),
                        "Menurut PermenPAN-RB No. 14 Tahun 2017: NRR = rata-rata nilai unsur (1–4), bobot sama."
                                + " Dengan sampling butir tiap unsur punya respondennya sendiri; unsur tanpa jawaban"
                                + " tidak dihitung dan bobotnya dibagi ke unsur lain."),
                List.of("Unsur", "Nama unsur", "Jumlah jawaban", "NRR", "NRR tertimbang"),
                rows,
                Set.of(SkmElement.values().length, SkmElement.values().length + 1, SkmElement.values().length + 2));
    }

    static String category(SatisfactionIndex.Category category) {
        return switch (category) {
            case A -> "Sangat baik";
            case B -> "Baik";
            case C -> "Kurang baik";
            case D -> "Tidak baik";
        };
    }

    static String periodText(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        return from.equals(to)
                ? DateFormats.longDate(from, INDONESIAN)
                : DateFormats.longDate(from, INDONESIAN) + " – " + DateFormats.longDate(to, INDONESIAN);
    }
}
