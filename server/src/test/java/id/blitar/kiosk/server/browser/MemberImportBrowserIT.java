package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.server.ServerIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A manager imports a SLiMS member export in a real browser: a good file in SLiMS 9's own format (counts, the
 * last import, every value intact, and members from it check in at the kiosk, greeted by the name they are called
 * by), a large one (progress), then a broken one (problems by line,
 * nothing stored).
 */
class MemberImportBrowserIT extends ServerIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldImportMembersThatCanCheckInAndRefuseABrokenFile() throws IOException {
        String p = "BR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path dir = Files.createDirectories(Path.of("target", "member-import"));
        // Exactly as SLiMS 9's export.php writes it with its defaults and "CARRIAGE RETURN": every value through
        // MySQL's escape_string, enclosed; the header row ends with a separator; a lone CR ends each record.
        String header = "\"member_id\",\"member_name\",\"gender\",\"member_type_name\",\"member_email\","
                + "\"member_address\",\"postal_code\",\"inst_name\",\"is_new\",\"member_image\",\"pin\","
                + "\"member_phone\",\"member_fax\",\"member_since_date\",\"register_date\",\"expire_date\","
                + "\"birth_date\",\"member_notes\",";
        Path good = Files.writeString(
                dir.resolve("senayan_member_export-" + p + ".csv"),
                header + "\r"
                        + "\"" + p + "-1\",\"Hj. Wulandari Kusuma\",\"1\",\"Umum\",\"\",\"Jl. Kenanga 5\\nSukorejo\","
                        + "\"66121\",\"\",\"0\",\"\",\"\",\"0812-3456-7890\",\"\",\"2019-01-01\",\"2019-01-01\","
                        + "\"2030-12-31\",\"1994-05-06\",\"suka \\\\ sejarah\"\r"
                        + "\"" + p + "-2\",\"Ma\\'ruf \\\"Cak\\\" Hidayat, S.Kom.\",\"0\",\"Mahasiswa\",\"\",\"\",\"\","
                        + "\"Dinas \\\"Pendidikan\\\"\",\"0\",\"\",\"\",\"\",\"\",\"0000-00-00\",\"2020-02-02\","
                        + "\"2030-12-31\",\"2003-01-02\",\"\"\r"
                        + "\"" + p + "-3\",\"I Made Wirawan\",\"0\",\"Pelajar\",\"\",\"\",\"\",\"SMAN 1 Blitar\",\"1\","
                        + "\"\",\"\",\"\",\"\",\"2021-03-03\",\"2021-03-03\",\"2030-12-31\",\"2010-07-08\",\"\"\r",
                StandardCharsets.UTF_8);
        StringBuilder many = new StringBuilder("member_id;member_name;member_type_name;expire_date\n");
        for (int i = 0; i < 30_000; i++) {
            many.append(p)
                    .append("-L")
                    .append(i)
                    .append(";Anggota Besar ")
                    .append(i)
                    .append(";Umum;2030-06-30\n");
        }
        Path large = Files.writeString(dir.resolve("besar-" + p + ".csv"), many, StandardCharsets.UTF_8);
        Path broken = Files.writeString(
                dir.resolve("rusak-" + p + ".csv"),
                "member_id,member_name,expire_date\n"
                        + p + "-9,Ani Rahmawati,2030-12-31\n"
                        + p + "-10,Bima Sakti,31-02-2025\n"
                        + p + "-9,Ani R.,2030-12-31\n",
                StandardCharsets.UTF_8);

        try (Browser manager = new Browser(1366, 900)) {
            MemberImportViewElement view = new StaffViewElement(manager)
                    .signIn(url(""), "kepala", "kepala123")
                    .openMembers();
            long before = Long.parseLong(view.memberCount().replaceAll("\\D", ""));
            assertThat(manager.pageText()).contains("Keanggotaan \u2192 Ekspor Data", "member_id");
            manager.checkAndScreenshot("m1-member-import");

            view.upload(good);
            view.waitForStatus("Selesai");
            assertThat(view.status()).isEqualTo("Selesai: 3 baris \u2014 3 anggota baru, 0 diubah, 0 tidak berubah.");
            assertThat(view.lastImport()).contains("kepala", "senayan_member_export-" + p + ".csv", "3 baru");
            assertThat(Long.parseLong(view.memberCount().replaceAll("\\D", ""))).isEqualTo(before + 3);
            manager.checkAndScreenshot("m2-member-import-done");

            assertThat(view.setCallName(p + "-2", "Ruf"))
                    .isEqualTo("Ma'ruf \"Cak\" Hidayat, S.Kom. \u2014 disapa di kios: Ruf");
            manager.checkAndScreenshot("m2b-member-call-name");

            view.upload(large);
            new WebDriverWait(manager.driver(), Duration.ofSeconds(120))
                    .until(d -> view.status().contains("dari") || view.status().startsWith("Selesai"));
            manager.screenshot("m3-member-import-progress");
            new WebDriverWait(manager.driver(), Duration.ofSeconds(120))
                    .until(d -> view.status().startsWith("Selesai"));
            assertThat(view.status()).contains("30.000 anggota baru");

            view.upload(broken);
            view.waitForStatus("ditolak");
            assertThat(view.status()).contains("2 masalah");
            assertThat(view.problems())
                    .contains("3", "expire_date", "Tanggal ini tidak ada di kalender: 31-02-2025")
                    .contains("4", "member_id", "ganda: di baris 2 dan baris 4");
            assertThat(view.lastImport()).contains("ditolak", "2 masalah");
            manager.checkAndScreenshot("m4-member-import-refused");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from member where card_number in (?, ?)", Long.class, p + "-9", p + "-10"))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-L%"))
                .isEqualTo(30_000);
        assertThat(jdbc.queryForMap(
                        "select full_name, member_type, institution from member where card_number = ?", p + "-2"))
                .containsEntry("full_name", "Ma'ruf \"Cak\" Hidayat, S.Kom.")
                .containsEntry("member_type", "Mahasiswa")
                .containsEntry("institution", "Dinas \"Pendidikan\"");

        try (Browser kiosk = new Browser(1080, 1920)) {
            new CheckInViewElement(kiosk).open(url("")).scan(p + "-1");
            new ResultElement(kiosk).waitForTitle("Selamat datang, Wulandari!");
            kiosk.screenshot("m5-imported-member-checks-in");
            new CheckInViewElement(kiosk).open(url("")).scan(p + "-3");
            new ResultElement(kiosk).waitForTitle("Selamat datang, Wirawan!");
            kiosk.screenshot("m6-balinese-member-greeted-by-name");
            new CheckInViewElement(kiosk).open(url("")).scan(p + "-2");
            new ResultElement(kiosk).waitForTitle("Selamat datang, Ruf!");
        }
    }
}
