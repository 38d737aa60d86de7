package id.blitar.kiosk.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Exact figures of February 2024 (a leap month, long past, so no other test's rows fall into it) from
 * rows seeded straight into MariaDB/MySQL: the dashboard's and the official reports' figures, which
 * must be the same, and the CSV and XLSX files read back.
 */
class ReportServiceIT extends DatabaseIT {

    private static final YearMonth MONTH = YearMonth.of(2024, 2);
    private static final Period FEBRUARY = Period.month(MONTH);

    @Autowired
    ReportService reports;

    @Autowired
    OfficialReports official;

    @Autowired
    JdbcTemplate jdbc;

    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        long umum = member("RPT-1", "Umum", AgeGroup.ADULT, "2023-01-10 10:00:00", "2025-01-01");
        long pelajar = member("RPT-2", "Pelajar", AgeGroup.TEEN, "2024-02-05 10:00:00", "2026-06-30");
        member("RPT-3", "Pelajar", AgeGroup.TEEN, "2024-03-05 10:00:00", "2027-01-01");
        member("RPT-4", "Umum", AgeGroup.ADULT, "2022-01-01 10:00:00", "2023-12-31");

        memberVisit(umum, AgeGroup.ADULT, "2024-02-01 09:15:00");
        memberVisit(pelajar, AgeGroup.TEEN, "2024-02-01 09:40:00");
        guest(AgeGroup.CHILD, VisitPurpose.READING, Origin.CITY, "2024-02-01 10:05:00");
        group(20, 0, 2, 0, VisitPurpose.STUDYING, Origin.REGENCY, "2024-02-02 10:30:00");
        memberVisit(umum, AgeGroup.ADULT, "2024-02-15 09:20:00");
        guest(AgeGroup.ELDERLY, VisitPurpose.INTERNET, Origin.OUTSIDE, "2024-02-29 19:00:00");
        // Just outside the month on either side.
        guest(AgeGroup.ADULT, VisitPurpose.READING, Origin.CITY, "2024-01-31 23:59:00");
        guest(AgeGroup.ADULT, VisitPurpose.READING, Origin.CITY, "2024-03-01 00:00:00");

        question(
                Topic.BOOKS,
                "2024-02-01 10:00:00",
                "2024-02-01 10:04:00",
                "2024-02-01 10:10:00",
                "2024-02-01 10:30:00",
                true,
                "CLOSED");
        question(
                Topic.BOOKS,
                "2024-02-05 11:00:00",
                "2024-02-05 11:10:00",
                "2024-02-05 11:40:00",
                "2024-02-05 11:30:00",
                false,
                "CLOSED");
        question(
                Topic.RESEARCH,
                "2024-02-06 09:00:00",
                "2024-02-06 09:30:00",
                "2024-02-07 09:00:00",
                "2024-02-08 09:00:00",
                true,
                "CLOSED");
        question(Topic.DIGITAL, "2024-02-07 14:00:00", null, null, "2024-02-08 14:00:00", null, "OPEN");
        // A walk-in called to the desk who never came: claimed, never answered.
        question(
                Topic.CHILDREN,
                "2024-02-08 15:00:00",
                "2024-02-08 15:02:00",
                null,
                "2024-02-08 15:30:00",
                true,
                "CLOSED");

        long w1 = workshop("Literasi informasi", 10, "2024-02-10 09:00:00", "2024-02-17 11:00:00", "PUBLISHED");
        session(w1, "2024-02-10 09:00:00");
        session(w1, "2024-02-17 09:00:00");
        for (int i = 0; i < 4; i++) {
            registration(w1, "a" + i, "ATTENDED", true);
        }
        registration(w1, "n1", "NO_SHOW", false);
        registration(w1, "n2", "NO_SHOW", false);
        registration(w1, "c1", "CANCELLED", false);
        registration(w1, "w1", "WAITLIST_CLOSED", false);
        long w2 = workshop("Dongeng anak", 20, "2024-02-20 09:00:00", "2024-02-20 10:00:00", "PUBLISHED");
        session(w2, "2024-02-20 09:00:00");
        // Confirmed seats of a finished event whose registrations were not closed yet: counted by scans.
        registration(w2, "x1", "CONFIRMED", true);
        registration(w2, "x2", "CONFIRMED", true);
        registration(w2, "x3", "CONFIRMED", false);
        long cancelled = workshop("Dibatalkan", 15, "2024-02-25 09:00:00", "2024-02-25 10:00:00", "CANCELLED");
        registration(cancelled, "y1", "WORKSHOP_CANCELLED", false);
        workshop("Bulan depan", 15, "2024-03-02 09:00:00", "2024-03-02 10:00:00", "PUBLISHED");

        long p1 = poll("VERY_HAPPY", "2024-02-03 12:00:00");
        long p2 = poll("VERY_HAPPY", "2024-02-04 12:00:00");
        long p3 = poll("HAPPY", "2024-02-05 12:00:00");
        poll("UNHAPPY", "2024-02-06 12:00:00");
        skm(p1, "PERSYARATAN", 4, "2024-02-03 12:00:10");
        skm(p1, "WAKTU", 3, "2024-02-03 12:00:20");
        skm(p2, "PERSYARATAN", 3, "2024-02-04 12:00:10");
        skm(p3, "SARANA", 2, "2024-02-05 12:00:10");
    }

    @Test
    void shouldCountPeopleMembersGuestsAndGroupsOfTheMonth() {
        Dashboard.Visits v = reports.visits(FEBRUARY);

        assertThat(v.people()).isEqualTo(27);
        assertThat(v.checkIns()).isEqualTo(6);
        assertThat(v.members()).isEqualTo(3);
        assertThat(v.nonMembers()).as("guests and the group's 22 people").isEqualTo(24);
        assertThat(v.groups()).isEqualTo(1);
        assertThat(v.byMemberType()).containsExactly(Map.entry("Pelajar", 1L), Map.entry("Umum", 2L));
        assertThat(v.byAgeGroup())
                .containsEntry(AgeGroup.CHILD, 21L)
                .containsEntry(AgeGroup.TEEN, 1L)
                .containsEntry(AgeGroup.ADULT, 4L)
                .containsEntry(AgeGroup.ELDERLY, 1L);
        assertThat(v.byPurpose())
                .containsEntry(VisitPurpose.READING, 1L)
                .containsEntry(VisitPurpose.STUDYING, 22L)
                .containsEntry(VisitPurpose.INTERNET, 1L)
                .containsEntry(VisitPurpose.BORROWING, 0L);
        assertThat(v.byOrigin())
                .containsEntry(Origin.CITY, 1L)
                .containsEntry(Origin.REGENCY, 22L)
                .containsEntry(Origin.OUTSIDE, 1L);
        // 1 February 2024 was a Thursday (row 3), the 2nd a Friday (row 4).
        assertThat(v.heatmap()[3][9]).isEqualTo(3);
        assertThat(v.heatmap()[3][10]).isEqualTo(1);
        assertThat(v.heatmap()[4][10]).isEqualTo(22);
        assertThat(v.heatmap()[3][19]).isEqualTo(1);
        assertThat(Arrays.stream(v.heatmap()).flatMapToLong(Arrays::stream).sum())
                .isEqualTo(27);
        assertThat(v.perDay()).hasSize(29);
        assertThat(v.perDay().get(0)).isEqualTo(new Dashboard.Day(LocalDate.of(2024, 2, 1), 2, 1));
        assertThat(v.perDay().get(1).people()).isEqualTo(22);
        assertThat(v.openingDays())
                .as("every day of the seeded opening hours is open")
                .isEqualTo(29);
        assertThat(v.averagePerOpeningDay()).isCloseTo(27.0 / 29, within(1e-9));
    }

    @Test
    void shouldGiveMediansAndOverdueQuestions() {
        Dashboard.Questions q = reports.questions(FEBRUARY);

        assertThat(q.asked()).isEqualTo(5);
        assertThat(q.byTopic())
                .containsEntry(Topic.BOOKS, 2L)
                .containsEntry(Topic.RESEARCH, 1L)
                .containsEntry(Topic.DIGITAL, 1L)
                .containsEntry(Topic.CHILDREN, 1L)
                .containsEntry(Topic.MEMBERSHIP, 0L);
        assertThat(q.answered()).isEqualTo(3);
        assertThat(q.medianMinutesToClaim()).as("median of 2, 4, 10, 30").isEqualTo(7.0);
        assertThat(q.medianMinutesToAnswer()).as("median of 10, 40, 1440").isEqualTo(40.0);
        assertThat(q.missedDeadline()).isEqualTo(1);
        assertThat(q.overdueOpen()).isEqualTo(1);
        assertThat(q.overdue()).isEqualTo(2);
    }

    @Test
    void shouldGiveFillRateAttendanceAndNoShows() {
        Dashboard.Events e = reports.events(FEBRUARY);

        assertThat(e.activities())
                .as("the cancelled one and next month's left out")
                .isEqualTo(2);
        assertThat(e.sessions()).isEqualTo(3);
        assertThat(e.capacity()).isEqualTo(30);
        assertThat(e.confirmed()).isEqualTo(9);
        assertThat(e.attended()).isEqualTo(6);
        assertThat(e.noShows()).isEqualTo(3);
        assertThat(e.fillRate()).isCloseTo(30.0, within(1e-9));
        assertThat(e.attendanceRate()).isCloseTo(600.0 / 9, within(1e-9));
        assertThat(e.rows())
                .extracting(Dashboard.Event::title, Dashboard.Event::confirmed, Dashboard.Event::noShows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Literasi informasi", 6L, 2L),
                        org.assertj.core.groups.Tuple.tuple("Dongeng anak", 3L, 1L));
    }

    @Test
    void shouldGiveHappyIndexAndIkm() {
        Dashboard dashboard = reports.dashboard(FEBRUARY);

        assertThat(dashboard.satisfaction().answers()).isEqualTo(4);
        assertThat(dashboard.satisfaction().happyIndex()).isCloseTo(75.0, within(1e-9));
        var ikm = dashboard.satisfaction().ikm().orElseThrow();
        assertThat(ikm.converted()).isCloseTo((3.5 + 3 + 2) / 3 * 25, within(1e-9));
        assertThat(ikm.category().name()).isEqualTo("C");
        assertThat(reports.skmRespondents(FEBRUARY)).isEqualTo(3);
    }

    @Test
    void shouldPrintTheMonthlyReportWithTheDashboardsFigures() throws IOException {
        Dashboard dashboard = reports.dashboard(FEBRUARY);
        ReportTable table = official.monthlyVisits(MONTH);

        assertThat(table.header()).hasSize(1 + 29 + 1);
        assertThat(table.rows())
                .extracting(r -> r.get(0))
                .containsExactly("Anggota Pelajar", "Anggota Umum", "Non-anggota", "Jumlah");
        assertThat(table.cell("Anggota Umum", "1")).isEqualTo(1L);
        assertThat(table.cell("Anggota Umum", "15")).isEqualTo(1L);
        assertThat(table.cell("Anggota Umum", "Jumlah")).isEqualTo(2L);
        assertThat(table.cell("Non-anggota", "2")).isEqualTo(22L);
        assertThat(table.cell("Non-anggota", "29")).isEqualTo(1L);
        assertThat(table.cell("Jumlah", "1")).isEqualTo(3L);
        assertThat(table.cell("Jumlah", "3")).isEqualTo(0L);
        // The report's totals are the dashboard's figures for the same period.
        assertThat(table.cell("Jumlah", "Jumlah")).isEqualTo(dashboard.visits().people());
        assertThat(table.cell("Non-anggota", "Jumlah"))
                .isEqualTo(dashboard.visits().nonMembers());
        for (Dashboard.Day day : dashboard.visits().perDay()) {
            assertThat(table.cell("Jumlah", String.valueOf(day.day().getDayOfMonth())))
                    .as("daily total of %s", day.day())
                    .isEqualTo(day.people());
        }
        dashboard
                .visits()
                .byMemberType()
                .forEach((type, people) ->
                        assertThat(table.cell("Anggota " + type, "Jumlah")).isEqualTo(people));

        List<List<String>> csv = parseCsv(ReportFiles.csv(table));
        List<String> header = csv.stream()
                .filter(r -> r.get(0).equals("Jenis pengunjung"))
                .findFirst()
                .orElseThrow();
        List<String> total =
                csv.stream().filter(r -> r.get(0).equals("Jumlah")).findFirst().orElseThrow();
        assertThat(header).hasSize(31);
        assertThat(total.get(30)).isEqualTo("27");
        assertThat(total.get(2)).isEqualTo("22");
        assertThat(csv.get(0).get(0)).isEqualTo("Laporan kunjungan bulanan menurut jenis anggota");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(table)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Laporan kunjungan");
            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            Row headerRow = rowStartingWith(sheet, "Jenis pengunjung");
            assertThat(workbook.getFontAt(headerRow.getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(headerRow.getCell(30).getStringCellValue()).isEqualTo("Jumlah");
            Row totalRow = rowStartingWith(sheet, "Jumlah");
            assertThat(totalRow.getCell(30).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(totalRow.getCell(30).getNumericCellValue()).isEqualTo(27.0);
            assertThat(rowStartingWith(sheet, "Non-anggota").getCell(2).getNumericCellValue())
                    .isEqualTo(22.0);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(10 * 256);
        }
    }

    @Test
    void shouldPrintIplmFiguresOfThePeriod() throws IOException {
        Dashboard dashboard = reports.dashboard(FEBRUARY);
        ReportTable iplm = official.iplm(FEBRUARY);

        assertThat(iplm.cell("UPLM 4", "Nilai")).isEqualTo(dashboard.visits().people());
        Map<String, Object> values = new HashMap<>();
        iplm.rows().forEach(r -> values.put((String) r.get(1), r.get(2)));
        assertThat(values)
                .containsEntry("Jumlah kunjungan pemustaka", 27L)
                .containsEntry("Kunjungan anggota", 3L)
                .containsEntry("Kunjungan non-anggota", 24L)
                .containsEntry("Hari layanan", 29L)
                .containsEntry("Jumlah pertemuan", 3L)
                .containsEntry("Peserta terdaftar", 9L)
                .containsEntry("Peserta hadir", dashboard.events().attended())
                .containsEntry("Anggota terdaftar", 3L + othersMembers("created_at < '2024-03-01'"))
                .containsEntry(
                        "Anggota aktif", 2L + othersMembers("created_at < '2024-03-01' and expires_on >= '2024-02-29'"))
                .containsEntry(
                        "Anggota baru", 1L + othersMembers("created_at >= '2024-02-01' and created_at < '2024-03-01'"))
                .containsEntry("Anggota yang berkunjung", 2L);
        assertThat((Double) values.get("Rata-rata kunjungan per hari layanan")).isCloseTo(27.0 / 29, within(1e-9));
        assertThat(values.get("Jumlah kegiatan (sosialisasi, pelatihan, dongeng, klub buku)"))
                .isEqualTo(2L);
        assertThat(iplm.lines()).anyMatch(l -> l.contains("1 Februari 2024 – 29 Februari 2024"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(iplm)))) {
            Row average = rowWith(workbook.getSheetAt(0), 1, "Rata-rata kunjungan per hari layanan");
            assertThat(average.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(average.getCell(2).getNumericCellValue()).isCloseTo(27.0 / 29, within(1e-9));
            assertThat(average.getCell(4).getStringCellValue()).contains("dibagi hari layanan");
        }
        List<List<String>> csv = parseCsv(ReportFiles.csv(iplm));
        assertThat(csv)
                .anyMatch(r -> r.size() == 5
                        && r.get(1).equals("Peserta hadir")
                        && r.get(2).equals("6"));
        assertThat(csv).anyMatch(r -> r.size() == 5 && r.get(2).equals(String.format("%.2f", 27.0 / 29)));
    }

    @Test
    void shouldPrintTheSkmOfTheSemester() throws IOException {
        ReportTable skm = official.skm(2024, 1);

        assertThat(skm.cell("U1", "NRR")).isEqualTo(3.5);
        assertThat(skm.cell("U1", "Jumlah jawaban")).isEqualTo(2);
        assertThat(skm.cell("U3", "NRR")).isEqualTo(3.0);
        assertThat(skm.cell("U9", "NRR")).isEqualTo(2.0);
        assertThat(skm.cell("U2", "NRR")).as("nobody answered U2").isEqualTo("");
        assertThat((Double) skm.cell("U1", "NRR tertimbang")).isCloseTo(3.5 / 3, within(1e-9));
        assertThat(skm.cell("Mutu", "NRR tertimbang")).isEqualTo("C (Kurang baik)");
        assertThat(skm.cell("Responden", "Jumlah jawaban")).isEqualTo(3L);
        List<Object> converted = skm.rows().get(10);
        assertThat((Double) converted.get(4)).isCloseTo(70.8333, within(1e-3));
        // The semester's IKM is the satisfaction view's IKM for the same days.
        assertThat((Double) converted.get(4))
                .isEqualTo(reports.satisfaction(Period.semester(2024, 1))
                        .ikm()
                        .orElseThrow()
                        .converted());

        List<List<String>> csv = parseCsv(ReportFiles.csv(skm));
        assertThat(csv).anyMatch(r -> r.get(0).equals("U1") && r.get(3).equals("3.50"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(skm)))) {
            Row u1 = rowStartingWith(workbook.getSheetAt(0), "U1");
            assertThat(u1.getCell(3).getNumericCellValue()).isEqualTo(3.5);
        }
    }

    @Test
    void shouldGiveZerosForAnEmptyPeriod() {
        Period empty = Period.month(YearMonth.of(2024, 8));
        Dashboard d = reports.dashboard(empty);

        assertThat(d.visits().people()).isZero();
        assertThat(d.visits().byMemberType()).isEmpty();
        assertThat(d.questions().asked()).isZero();
        assertThat(d.questions().medianMinutesToClaim()).isNull();
        assertThat(d.questions().medianMinutesToAnswer()).isNull();
        assertThat(d.events().activities()).isZero();
        assertThat(d.events().fillRate()).isNull();
        assertThat(d.events().attendanceRate()).isNull();
        assertThat(d.satisfaction().answers()).isZero();
        assertThat(d.satisfaction().ikm()).isEmpty();
        ReportTable month = official.monthlyVisits(YearMonth.of(2024, 8));
        assertThat(month.rows()).extracting(r -> r.get(0)).containsExactly("Non-anggota", "Jumlah");
        assertThat(month.cell("Jumlah", "Jumlah")).isEqualTo(0L);
        ReportTable skm = official.skm(2024, 2);
        assertThat(skm.cell("U1", "NRR")).isEqualTo("");
        assertThat(skm.cell("Mutu", "NRR tertimbang")).isEqualTo("");
    }

    @Test
    void shouldRefuseABadPeriod() {
        assertThat(Period.problem(null, LocalDate.of(2024, 1, 1))).contains("report.period.missing");
        assertThat(Period.problem(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 1)))
                .contains("report.period.reversed");
        assertThat(Period.problem(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 1)))
                .contains("report.period.tooLong");
        assertThat(Period.problem(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isEmpty();
    }

    // --- reading files back ---

    private static Row rowStartingWith(Sheet sheet, String text) {
        return rowWith(sheet, 0, text);
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            var cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. Checks the byte-order mark too. */
    static List<List<String>> parseCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        text = text.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // CRLF: the row ends at the LF.
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    // --- seeding ---

    private long insert(String table, Map<String, Object> values) {
        return new SimpleJdbcInsert(jdbc)
                .withTableName(table)
                .usingGeneratedKeyColumns("id")
                .usingColumns(values.keySet().toArray(String[]::new))
                .executeAndReturnKey(values)
                .longValue();
    }

    private static LocalDateTime at(String text) {
        return text == null ? null : LocalDateTime.parse(text.replace(' ', 'T'));
    }

    /**
     * Members that other tests of this schema wrote (a SLiMS import dates its members by their SLiMS
     * membership date, which may lie before this month): they are the library's members too.
     */
    private long othersMembers(String condition) {
        return jdbc.queryForObject(
                "select count(*) from member where card_number not like 'RPT-%' and " + condition, Long.class);
    }

    private long member(String card, String type, AgeGroup age, String createdAt, String expiresOn) {
        return insert(
                "member",
                Map.of(
                        "card_number",
                        card,
                        "full_name",
                        "Anggota " + card,
                        "member_type",
                        type,
                        "age_group",
                        age.name(),
                        "expires_on",
                        LocalDate.parse(expiresOn),
                        "created_at",
                        at(createdAt)));
    }

    private void memberVisit(long memberId, AgeGroup age, String at) {
        Map<String, Object> v = visit("MEMBER", at, 1);
        v.put("member_id", memberId);
        v.put("age_group", age.name());
        v.put(
                switch (age) {
                    case CHILD -> "count_children";
                    case TEEN -> "count_teens";
                    case ADULT -> "count_adults";
                    case ELDERLY -> "count_elderly";
                },
                1);
        insert("visit", v);
    }

    private void guest(AgeGroup age, VisitPurpose purpose, Origin origin, String at) {
        Map<String, Object> v = visit("GUEST", at, 1);
        v.put("age_group", age.name());
        v.put("purpose", purpose.name());
        v.put("origin", origin.name());
        v.put(
                switch (age) {
                    case CHILD -> "count_children";
                    case TEEN -> "count_teens";
                    case ADULT -> "count_adults";
                    case ELDERLY -> "count_elderly";
                },
                1);
        insert("visit", v);
    }

    private void group(
            int children, int teens, int adults, int elderly, VisitPurpose purpose, Origin origin, String at) {
        Map<String, Object> v = visit("GROUP", at, children + teens + adults + elderly);
        v.put("purpose", purpose.name());
        v.put("origin", origin.name());
        v.put("institution", "SDN Kepanjenlor 1");
        v.put("count_children", children);
        v.put("count_teens", teens);
        v.put("count_adults", adults);
        v.put("count_elderly", elderly);
        insert("visit", v);
    }

    private static Map<String, Object> visit(String type, String at, int headCount) {
        Map<String, Object> v = new HashMap<>();
        v.put("visitor_type", type);
        v.put("head_count", headCount);
        v.put("kiosk", "Pintu");
        v.put("checked_in_at", at(at));
        v.put("checked_out_at", at(at).plusHours(1));
        v.put("close_reason", "CHECK_OUT");
        v.put("duration_minutes", 60);
        return v;
    }

    private void question(
            Topic topic,
            String asked,
            String claimed,
            String answered,
            String due,
            Boolean deadlineMet,
            String status) {
        Map<String, Object> q = new HashMap<>();
        q.put("topic", topic.name());
        q.put("text", "Pertanyaan laporan");
        q.put("channel", "WALK_IN");
        q.put("status", status);
        q.put("priority", 50);
        q.put("asked_at", at(asked));
        q.put("claimed_at", at(claimed));
        q.put("answered_at", at(answered));
        q.put("due_at", at(due));
        q.put("deadline_met", deadlineMet);
        q.put("closed_at", "CLOSED".equals(status) ? at(answered == null ? due : answered) : null);
        insert("question", q);
    }

    private long workshop(String title, int capacity, String startsAt, String endsAt, String status) {
        Map<String, Object> w = new HashMap<>();
        w.put("title", title);
        w.put("type", "WORKSHOP");
        w.put("audience", "ADULT");
        w.put("room", "Ruang Serbaguna");
        w.put("capacity", capacity);
        w.put("seats_taken", 0);
        w.put("registration_opens_at", at(startsAt).minusDays(14));
        w.put("registration_closes_at", at(startsAt).minusDays(1));
        w.put("starts_at", at(startsAt));
        w.put("ends_at", at(endsAt));
        w.put("status", status);
        w.put("created_by", "kepala");
        w.put("created_at", at(startsAt).minusDays(20));
        return insert("workshop", w);
    }

    private void session(long workshopId, String startsAt) {
        insert(
                "workshop_session",
                Map.of(
                        "workshop_id",
                        workshopId,
                        "starts_at",
                        at(startsAt),
                        "ends_at",
                        at(startsAt).plusHours(2),
                        "room",
                        "Ruang Serbaguna"));
    }

    private void registration(long workshopId, String person, String status, boolean attended) {
        insert(
                "registration",
                Map.of(
                        "workshop_id",
                        workshopId,
                        "person_key",
                        "rpt:" + person,
                        "guest_name",
                        "Peserta " + person,
                        "status",
                        status,
                        "registered_at",
                        LocalDateTime.of(2024, 1, 20, 10, 0),
                        "attended",
                        attended));
    }

    private long poll(String mood, String at) {
        return insert("poll_answer", Map.of("kiosk", "Keluar", "mood", mood, "answered_at", at(at)));
    }

    private void skm(long pollId, String element, int score, String at) {
        insert("skm_answer", Map.of("poll_id", pollId, "element", element, "score", score, "answered_at", at(at)));
    }
}
