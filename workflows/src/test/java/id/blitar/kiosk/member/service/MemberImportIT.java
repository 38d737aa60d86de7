package id.blitar.kiosk.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.member.domain.MemberImportLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The member import on the MySQL-protocol test database: upsert, idempotence, all-or-nothing, concurrency. */
class MemberImportIT extends DatabaseIT {

    @Autowired
    MemberImport memberImport;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldInsertASlimsExportOnceAndChangeNothingTheSecondTime() throws IOException {
        byte[] file = resource("slims-members.csv");

        MemberImportResult first = memberImport.importFile("slims-members.csv", file, "kepala", ImportProgress.NONE);
        assertThat(first.problems()).isEmpty();
        assertThat(first).extracting("rows", "inserted", "updated", "unchanged").containsExactly(5, 5, 0, 0);
        Map<String, Object> bagus =
                jdbc.queryForMap("select full_name, member_type, age_group, email, institution, expires_on from member"
                        + " where card_number = 'IMP-0002'");
        assertThat(bagus.get("full_name")).isEqualTo("Bagus Prasetyo, S.Pd.");
        assertThat(bagus.get("member_type")).isEqualTo("Guru");
        assertThat(bagus.get("age_group")).isEqualTo("ADULT");
        assertThat(bagus.get("email")).isNull();
        assertThat(bagus.get("institution")).isEqualTo("SMPN 1 Kota Blitar");
        assertThat(bagus.get("expires_on").toString()).isEqualTo("2026-12-31");
        assertThat(jdbc.queryForObject("select full_name from member where card_number = 'IMP-0003'", String.class))
                .isEqualTo("Nyoman Ñañez Café");

        MemberImportResult second = memberImport.importFile("slims-members.csv", file, "kepala", ImportProgress.NONE);
        assertThat(second)
                .extracting("rows", "inserted", "updated", "unchanged")
                .containsExactly(5, 0, 0, 5);
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like 'IMP-000%'", Long.class))
                .isEqualTo(5);
        MemberImportLog last = memberImport.lastImport().orElseThrow();
        assertThat(last.getOutcome()).isEqualTo(MemberImportLog.Outcome.IMPORTED);
        assertThat(last.getImportedBy()).isEqualTo("kepala");
        assertThat(last.getFileName()).isEqualTo("slims-members.csv");
        assertThat(last.getUnchangedCount()).isEqualTo(5);
    }

    @Test
    void shouldUpdateOnlyTheRowsThatChanged() {
        String p = prefix();
        String original = header()
                + row(p, 1, "Anggota Satu", "1990-01-01", "2026-12-31")
                + row(p, 2, "Anggota Dua", "2015-01-01", "2026-12-31")
                + row(p, 3, "Anggota Tiga", "1950-01-01", "2026-12-31");
        assertThat(importText(original).inserted()).isEqualTo(3);

        // Two renewed, one renamed, one new; member 1 now without birth date keeps the age group it had.
        String changed = header()
                + row(p, 1, "Anggota Satu", "", "2027-12-31")
                + row(p, 2, "Anggota Dua Baru", "2015-01-01", "2026-12-31")
                + row(p, 3, "Anggota Tiga", "1950-01-01", "2026-12-31")
                + row(p, 4, "Anggota Empat", "", "2027-06-30");
        List<Integer> progress = new ArrayList<>();
        MemberImportResult result =
                memberImport.importFile("ubah.csv", bytes(changed), "kepala", (stage, done, total) -> {
                    if (stage == ImportProgress.Stage.WRITING) {
                        progress.add(done);
                        assertThat(total).isEqualTo(3);
                    }
                });

        assertThat(result)
                .extracting("rows", "inserted", "updated", "unchanged")
                .containsExactly(4, 1, 2, 1);
        assertThat(progress).startsWith(0).endsWith(3);
        Map<String, Object> one = member(p + "-1");
        assertThat(one.get("expires_on").toString()).isEqualTo("2027-12-31");
        assertThat(one.get("age_group")).isEqualTo("ADULT");
        assertThat(member(p + "-2").get("full_name")).isEqualTo("Anggota Dua Baru");
        assertThat(member(p + "-4").get("age_group")).isNull();
        assertThat(importText(changed))
                .extracting("inserted", "updated", "unchanged")
                .containsExactly(0, 0, 4);
    }

    @Test
    void shouldWriteNothingWhenOneLineIsWrong() throws IOException {
        String p = prefix();
        String file = header()
                + row(p, 1, "Anggota Satu", "1990-01-01", "2026-12-31")
                + row(p, 2, "Anggota Dua", "1990-01-01", "2026-12-31")
                + row(p, 3, "Anggota Tiga", "1990-01-01", "31-02-2025");

        MemberImportResult result = importText(file);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(4));
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-%"))
                .isZero();
        MemberImportLog last = memberImport.lastImport().orElseThrow();
        assertThat(last.getOutcome()).isEqualTo(MemberImportLog.Outcome.REJECTED);
        assertThat(last.getProblemCount()).isEqualTo(1);
        assertThat(last.getRowCount()).isEqualTo(3);

        MemberImportResult windows = memberImport.importFile(
                "windows-1252.csv", resource("windows-1252.csv"), "kepala", ImportProgress.NONE);
        assertThat(windows.accepted()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like 'IMP-05%'", Long.class))
                .isZero();
    }

    @Test
    void shouldSerialiseImportsRunningAtTheSameTime() throws Exception {
        String p = prefix();
        StringBuilder a = new StringBuilder(header());
        StringBuilder b = new StringBuilder(header());
        for (int i = 0; i < 3000; i++) {
            a.append(row(p, i, "Dari Berkas A " + i, "1990-01-01", "2026-12-31"));
        }
        for (int i = 1500; i < 4500; i++) {
            b.append(row(p, i, "Dari Berkas B " + i, "1990-01-01", "2027-12-31"));
        }
        List<MemberImportResult> results = concurrently(bytes(a.toString()), bytes(b.toString()));

        assertThat(results).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(results.get(0).inserted() + results.get(1).inserted()).isEqualTo(4500);
        // Whichever ran second found the 1,500 shared members and updated every one of them.
        assertThat(results.get(0).updated() + results.get(1).updated()).isEqualTo(1500);
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-%"))
                .isEqualTo(4500);
        List<String> sharedExpiry = jdbc.queryForList(
                "select distinct expires_on from member where card_number in (?, ?, ?)",
                String.class,
                p + "-1500",
                p + "-2200",
                p + "-2999");
        assertThat(sharedExpiry).hasSize(1);

        // The same file twice at once: inserted once, found unchanged once.
        String q = prefix();
        StringBuilder same = new StringBuilder(header());
        for (int i = 0; i < 2000; i++) {
            same.append(row(q, i, "Anggota " + i, "1990-01-01", "2026-12-31"));
        }
        List<MemberImportResult> twice = concurrently(bytes(same.toString()), bytes(same.toString()));
        assertThat(twice).extracting(MemberImportResult::inserted).containsExactlyInAnyOrder(2000, 0);
        assertThat(twice).extracting(MemberImportResult::unchanged).containsExactlyInAnyOrder(0, 2000);
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, q + "-%"))
                .isEqualTo(2000);
    }

    private List<MemberImportResult> concurrently(byte[] first, byte[] second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MemberImportResult>> futures = new ArrayList<>();
            for (byte[] file : List.of(first, second)) {
                Callable<MemberImportResult> task = () -> {
                    start.await();
                    return memberImport.importFile("serentak.csv", file, "kepala", ImportProgress.NONE);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<MemberImportResult> results = new ArrayList<>();
            for (Future<MemberImportResult> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private MemberImportResult importText(String text) {
        return memberImport.importFile("anggota.csv", bytes(text), "kepala", ImportProgress.NONE);
    }

    private Map<String, Object> member(String card) {
        return jdbc.queryForMap(
                "select full_name, age_group, expires_on from member where card_number = ?", card.toUpperCase());
    }

    private static String prefix() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String header() {
        return "member_id,member_name,birth_date,expire_date\n";
    }

    private static String row(String prefix, int n, String name, String birth, String expiry) {
        return prefix + "-" + n + "," + name + "," + birth + "," + expiry + "\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MemberImportIT.class.getResourceAsStream("/member-import/" + name)) {
            return in.readAllBytes();
        }
    }
}
