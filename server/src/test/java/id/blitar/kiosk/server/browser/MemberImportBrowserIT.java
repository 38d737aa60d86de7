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
 * A manager imports a SLiMS member export in a real browser: a good file (counts, the last import, and
 * a member from it checks in at the kiosk), a large one (progress), then a broken one (problems by line,
 * nothing stored).
 */
class MemberImportBrowserIT extends ServerIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldImportMembersThatCanCheckInAndRefuseABrokenFile() throws IOException {
        String p = "BR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path dir = Files.createDirectories(Path.of("target", "member-import"));
        Path good = Files.writeString(
                dir.resolve("anggota-" + p + ".csv"),
                "\uFEFFmember_id,member_name,gender,member_type_name,member_email,inst_name,birth_date,expire_date\n"
                        + "\"" + p
                        + "-1\",\"Wulandari Kusuma\",\"1\",\"Umum\",\"\",\"\",\"1994-05-06\",\"2030-12-31\"\n"
                        + "\"" + p
                        + "-2\",\"Yusuf Hidayat, S.Kom.\",\"0\",\"Mahasiswa\",\"\",\"UNISBA\",\"2003-01-02\",\"2030-12-31\"\n"
                        + "\"" + p
                        + "-3\",\"Zahra Aulia\",\"1\",\"Pelajar\",\"\",\"SMAN 1 Blitar\",\"2010-07-08\",\"2030-12-31\"\n",
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
            new StaffViewElement(manager).signIn(url(""), "kepala", "kepala123");
            manager.click("members-link");
            MemberImportViewElement view = new MemberImportViewElement(manager).waitUntilShown();
            long before = Long.parseLong(view.memberCount().replaceAll("\\D", ""));
            assertThat(manager.pageText()).contains("Keanggotaan \u2192 Ekspor Data Anggota", "member_id");
            manager.checkAndScreenshot("m1-member-import");

            view.upload(good);
            manager.waitForText("member-import-status", "Selesai");
            assertThat(view.status()).isEqualTo("Selesai: 3 baris \u2014 3 anggota baru, 0 diubah, 0 tidak berubah.");
            assertThat(view.lastImport()).contains("kepala", "anggota-" + p + ".csv", "3 baru");
            assertThat(Long.parseLong(view.memberCount().replaceAll("\\D", ""))).isEqualTo(before + 3);
            manager.checkAndScreenshot("m2-member-import-done");

            view.upload(large);
            new WebDriverWait(manager.driver(), Duration.ofSeconds(120))
                    .until(d -> view.status().contains("dari") || view.status().startsWith("Selesai"));
            manager.screenshot("m3-member-import-progress");
            new WebDriverWait(manager.driver(), Duration.ofSeconds(120))
                    .until(d -> view.status().startsWith("Selesai"));
            assertThat(view.status()).contains("30.000 anggota baru");

            view.upload(broken);
            manager.waitForText("member-import-status", "ditolak");
            assertThat(view.status()).contains("2 masalah");
            assertThat(view.problems())
                    .contains("3", "expire_date", "Tanggal tidak valid: 31-02-2025")
                    .contains("4", "member_id", "ganda: di baris 2 dan baris 4");
            assertThat(view.lastImport()).contains("ditolak", "2 masalah");
            manager.checkAndScreenshot("m4-member-import-refused");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from member where card_number in (?, ?)", Long.class, p + "-9", p + "-10"))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-L%"))
                .isEqualTo(30_000);

        try (Browser kiosk = new Browser(1080, 1920)) {
            kiosk.open(url("/check-in"));
            new CheckInViewElement(kiosk).waitUntilShown().scan(p + "-1");
            new ResultElement(kiosk).waitForTitle("Selamat datang, Wulandari!");
            kiosk.screenshot("m5-imported-member-checks-in");
        }
    }
}
