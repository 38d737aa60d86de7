package id.blitar.kiosk.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.member.domain.MemberImportLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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

    @Autowired
    MemberService members;

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
    void shouldLeaveColumnsTheFileDoesNotHaveAsTheyAre() {
        String p = prefix();
        String full = "member_id,member_name,member_type_name,member_email,inst_name,birth_date,expire_date\n"
                + p + "-1,Anggota Satu,Guru,satu@example.org,SMPN 1 Kota Blitar,1980-02-03,2026-12-31\n"
                + p + "-2,Anggota Dua,Pelajar,dua@example.org,SDN Sananwetan 3,2015-04-05,2026-12-31\n";
        assertThat(importText(full).inserted()).isEqualTo(2);

        String slim = "member_id,member_name,expire_date\n"
                + p + "-1,Anggota Satu,2026-12-31\n"
                + p + "-2,Anggota Dua,2027-12-31\n"
                + p + "-3,Anggota Tiga,2027-12-31\n";
        MemberImportResult result = importText(slim);

        assertThat(result)
                .extracting("rows", "inserted", "updated", "unchanged")
                .containsExactly(3, 1, 1, 1);
        assertThat(jdbc.queryForMap(
                        "select member_type, email, institution, age_group, expires_on from member where card_number = ?",
                        p + "-1"))
                .containsEntry("member_type", "Guru")
                .containsEntry("email", "satu@example.org")
                .containsEntry("institution", "SMPN 1 Kota Blitar")
                .containsEntry("age_group", "ADULT");
        Map<String, Object> two = jdbc.queryForMap(
                "select member_type, email, institution, age_group, expires_on from member where card_number = ?",
                p + "-2");
        assertThat(two)
                .containsEntry("member_type", "Pelajar")
                .containsEntry("email", "dua@example.org")
                .containsEntry("institution", "SDN Sananwetan 3")
                .containsEntry("age_group", "CHILD");
        assertThat(two.get("expires_on").toString()).isEqualTo("2027-12-31");
        // A new member gets the defaults of the columns the file lacks.
        assertThat(jdbc.queryForMap(
                        "select member_type, email, institution, age_group from member where card_number = ?",
                        p + "-3"))
                .containsEntry("member_type", SlimsMemberFile.DEFAULT_MEMBER_TYPE)
                .containsEntry("email", null)
                .containsEntry("institution", null)
                .containsEntry("age_group", null);
        assertThat(importText(slim)).extracting("updated", "unchanged").containsExactly(0, 3);

        // A column that is there but empty still means "none": no e-mail, no institution, type Umum.
        String emptied = "member_id,member_name,member_type_name,member_email,inst_name,expire_date\n" + p
                + "-1,Anggota Satu,,,,2026-12-31\n";
        assertThat(importText(emptied).updated()).isEqualTo(1);
        assertThat(jdbc.queryForMap(
                        "select member_type, email, institution, age_group from member where card_number = ?",
                        p + "-1"))
                .containsEntry("member_type", SlimsMemberFile.DEFAULT_MEMBER_TYPE)
                .containsEntry("email", null)
                .containsEntry("institution", null)
                .containsEntry("age_group", "ADULT");
    }

    @Test
    void shouldDateMembersFromTheirSlimsMembershipDate() {
        String p = prefix();
        String file = "member_id,member_name,register_date,member_since_date,expire_date\n"
                + p + "-1,Anggota Satu,2019-01-01,2021-03-15,2026-12-31\n"
                + p + "-2,Anggota Dua,2020-05-01,0000-00-00,2026-12-31\n"
                + p + "-3,Anggota Tiga,,,2026-12-31\n";
        LocalDateTime before = LocalDateTime.now().minusMinutes(1);
        assertThat(importText(file).inserted()).isEqualTo(3);

        assertThat(createdAt(p + "-1")).isEqualTo(LocalDateTime.of(2021, 3, 15, 0, 0));
        assertThat(createdAt(p + "-2")).isEqualTo(LocalDateTime.of(2020, 5, 1, 0, 0));
        assertThat(createdAt(p + "-3")).isAfter(before);
        assertThat(importText(file)).extracting("updated", "unchanged").containsExactly(0, 3);

        // A corrected date in SLiMS corrects it here; a file without the date keeps it.
        String corrected = "member_id,member_name,member_since_date,expire_date\n"
                + p + "-1,Anggota Satu,2021-04-01,2026-12-31\n"
                + p + "-3,Anggota Tiga,2018-07-07,2026-12-31\n";
        assertThat(importText(corrected)).extracting("updated", "unchanged").containsExactly(2, 0);
        assertThat(createdAt(p + "-1")).isEqualTo(LocalDateTime.of(2021, 4, 1, 0, 0));
        assertThat(createdAt(p + "-3")).isEqualTo(LocalDateTime.of(2018, 7, 7, 0, 0));
        assertThat(importText("member_id,member_name,expire_date\n" + p + "-1,Anggota Satu,2026-12-31\n")
                        .unchanged())
                .isEqualTo(1);
        assertThat(createdAt(p + "-1")).isEqualTo(LocalDateTime.of(2021, 4, 1, 0, 0));
    }

    @Test
    void shouldRefuseCleanlyWhenAMemberIsRegisteredBetweenReadingAndWriting() throws Exception {
        String p = prefix();
        String file = header()
                + row(p, 1, "Anggota Satu", "1990-01-01", "2026-12-31")
                + row(p, 2, "Anggota Dua", "1990-01-01", "2026-12-31");
        ExecutorService desk = Executors.newSingleThreadExecutor();
        try {
            MemberImportResult result =
                    memberImport.importFile("serentak.csv", bytes(file), "kepala", (stage, done, total) -> {
                        if (stage == ImportProgress.Stage.WRITING && done == 0) {
                            // The import has read the members; a desk registers member 2 on its own connection.
                            try {
                                desk.submit(() -> jdbc.update(
                                                "insert into member (card_number, full_name, member_type, expires_on,"
                                                        + " created_at) values (?, 'Dari Meja', 'Umum',"
                                                        + " '2026-12-31', ?)",
                                                (p + "-2").toUpperCase(),
                                                LocalDateTime.now()))
                                        .get(30, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    });

            assertThat(result.accepted()).isFalse();
            assertThat(result.conflict()).isTrue();
            assertThat(result.problems()).extracting(ImportProblem::reason).containsExactly(MemberImport.CONFLICT);
        } finally {
            desk.shutdownNow();
        }
        // Rolled back: member 1 is not there, the desk's member 2 is; the attempt is logged as refused.
        assertThat(jdbc.queryForList("select full_name from member where card_number like ?", String.class, p + "-%"))
                .containsExactly("Dari Meja");
        MemberImportLog last = memberImport.lastImport().orElseThrow();
        assertThat(last.getOutcome()).isEqualTo(MemberImportLog.Outcome.REJECTED);
        assertThat(last.getFileName()).isEqualTo("serentak.csv");
        assertThat(last.getProblemCount()).isEqualTo(1);

        // Trying again works.
        assertThat(importText(file)).extracting("inserted", "updated").containsExactly(1, 1);
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

        // Bytes neither UTF-8 nor Windows-1252 (0x81 is undefined in both alone).
        byte[] broken = bytes(header() + p + "-7,Budi,1990-01-01,2027-01-01\n" + p + "-8,Ani?,1990-01-01,2027-01-01\n");
        broken[broken.length - 24] = (byte) 0x81;
        MemberImportResult undecodable = memberImport.importFile("rusak.csv", broken, "kepala", ImportProgress.NONE);
        assertThat(undecodable.problems())
                .extracting(ImportProblem::line, ImportProblem::reason)
                .containsExactly(org.assertj.core.api.Assertions.tuple(3, "memberImport.problem.encoding"));
        assertThat(jdbc.queryForObject("select count(*) from member where card_number like ?", Long.class, p + "-%"))
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

    @Test
    void shouldReportANumberExcelShortenedInsteadOfCreatingASecondMember() {
        String digits = String.valueOf(100_000_000L + new java.util.Random().nextInt(800_000_000));
        assertThat(importText(header() + "000" + digits + ",Sri Wahyuni,1960-01-01,2027-12-31\n")
                        .inserted())
                .isEqualTo(1);
        long before = jdbc.queryForObject("select count(*) from member", Long.class);

        MemberImportResult shortened = importText(header()
                + digits + ",SRI WAHYUNI,1960-01-01,2028-12-31\n"
                + "9" + digits + ",Sri Wahyuni,1960-01-01,2027-12-31\n");

        assertThat(shortened.accepted()).isFalse();
        assertThat(shortened.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        2, "member_id", "memberImport.problem.leadingZerosStored", List.of(digits, "000" + digits)));
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class))
                .as("nothing stored, not even the good line")
                .isEqualTo(before);
        assertThat(memberImport.lastImport().orElseThrow().getOutcome()).isEqualTo(MemberImportLog.Outcome.REJECTED);

        assertThat(importText(header() + digits + ",Sutrisno,1970-01-01,2027-12-31\n")
                        .inserted())
                .as("a shorter number of another person is another member")
                .isEqualTo(1);
    }

    @Test
    void shouldImportASlimsExportWrittenAsSlimsWritesItWithCallNames() {
        String p = prefix();
        String file = "\"member_id\",\"member_name\",\"expire_date\",\"call_name\",\r"
                + "\"" + p + "-1\",\"Ma\\'ruf \\\"Cak\\\" Hidayat\",\"2027-06-30\",\"\"\r"
                + "\"" + p + "-2\",\"Raden Ajeng Kartini\",\"2027-06-30\",\"Tini\"\r";

        MemberImportResult result = importText(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(jdbc.queryForMap("select full_name, call_name from member where card_number = ?", p + "-1"))
                .containsEntry("full_name", "Ma'ruf \"Cak\" Hidayat")
                .containsEntry("call_name", null);
        assertThat(jdbc.queryForObject("select call_name from member where card_number = ?", String.class, p + "-2"))
                .isEqualTo("Tini");
        assertThat(importText(file).unchanged()).isEqualTo(2);
    }

    @Test
    void shouldGreetByAStoredCallNameUntilItIsCleared() {
        String p = prefix();
        importText(header() + p + "-1,Raden Ajeng Kartini,1990-01-01,2027-12-31\n");
        assertThat(members.findByCard(p + "-1").orElseThrow().callName()).isEqualTo("Kartini");

        assertThat(members.changeCallName(p + "-1", "  Tini ")).isEmpty();
        assertThat(members.findByCard(p + "-1").orElseThrow().callName()).isEqualTo("Tini");
        assertThat(importText(header() + p + "-1,Raden Ajeng Kartini,1990-01-01,2027-12-31\n")
                        .unchanged())
                .as("a file without a call-name column leaves the stored one alone")
                .isEqualTo(1);
        assertThat(members.findByCard(p + "-1").orElseThrow().callName()).isEqualTo("Tini");

        assertThat(members.changeCallName(p + "-1", "x".repeat(41))).contains("error.callName.tooLong");
        assertThat(members.changeCallName(p + "-1", "123")).contains("error.callName.noLetters");
        assertThat(members.changeCallName(p + "-1", "<b>")).contains("error.input.characters");
        assertThat(members.changeCallName(p + "-1", "Hj.")).contains("error.callName.titleOnly");
        assertThat(members.changeCallName("NO-SUCH-" + p, "Tini")).contains("error.card.unknown");
        assertThat(members.findByCard(p + "-1").orElseThrow().callName()).isEqualTo("Tini");

        assertThat(members.changeCallName(p + "-1", "")).isEmpty();
        assertThat(members.findByCard(p + "-1").orElseThrow().callName()).isEqualTo("Kartini");
    }

    private MemberImportResult importText(String text) {
        return memberImport.importFile("anggota.csv", bytes(text), "kepala", ImportProgress.NONE);
    }

    private Map<String, Object> member(String card) {
        return jdbc.queryForMap(
                "select full_name, age_group, expires_on from member where card_number = ?", card.toUpperCase());
    }

    private LocalDateTime createdAt(String card) {
        return jdbc.queryForObject(
                "select created_at from member where card_number = ?", LocalDateTime.class, card.toUpperCase());
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
