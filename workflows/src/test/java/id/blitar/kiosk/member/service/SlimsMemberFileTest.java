package id.blitar.kiosk.member.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.SlimsMemberFile.MemberRow;
import id.blitar.kiosk.member.service.SlimsMemberFile.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading SLiMS member exports, good and broken, from real files under src/test/resources/member-import. */
class SlimsMemberFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void shouldReadASlimsExportWithBomQuotesAndUnknownColumns() {
        Parsed parsed = read("slims-members.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowCount()).isEqualTo(5);
        assertThat(parsed.rows())
                .extracting(MemberRow::line, MemberRow::cardNumber, MemberRow::fullName, MemberRow::memberType)
                .containsExactly(
                        tuple(2, "IMP-0001", "Siti Nur Aisyah", "Umum"),
                        tuple(3, "IMP-0002", "Bagus Prasetyo, S.Pd.", "Guru"),
                        tuple(4, "IMP-0003", "Nyoman Ñañez Café", SlimsMemberFile.DEFAULT_MEMBER_TYPE),
                        tuple(5, "IMP-0004", "Kirana Putri", "Pelajar"),
                        tuple(6, "IMP-0005", "Mbah Karto", "Umum"));
        MemberRow siti = parsed.rows().get(0);
        assertThat(siti.email()).isEqualTo("siti.aisyah@example.org");
        assertThat(siti.institution()).isNull();
        assertThat(siti.ageGroup()).isEqualTo(AgeGroup.ADULT);
        assertThat(siti.expiresOn()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(parsed.rows().get(1).institution()).isEqualTo("SMPN 1 Kota Blitar");
        // 0000-00-00 is SLiMS's "unknown birth date": no age group rather than an error.
        assertThat(parsed.rows().get(2).ageGroup()).isNull();
        // Day-first dates as a spreadsheet rewrites them.
        assertThat(parsed.rows().get(3).expiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(parsed.rows().get(3).ageGroup()).isEqualTo(AgeGroup.CHILD);
        assertThat(parsed.rows().get(4).expiresOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(parsed.rows().get(4).ageGroup()).isEqualTo(AgeGroup.ELDERLY);
    }

    @Test
    void shouldDetectSemicolonsAndIgnoreTheCaseOfColumnNames() {
        Parsed parsed = read("semicolon.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(MemberRow::line, MemberRow::cardNumber, MemberRow::fullName, MemberRow::institution)
                .containsExactly(
                        tuple(2, "IMP-0101", "Dewi Anggraini", "Universitas Negeri Malang, Kampus Blitar"),
                        tuple(3, "IMP-0102", "Rudi Hartono", null));
    }

    @Test
    void shouldDetectTabsAndDoubledQuotes() {
        Parsed parsed = read("tabs.tsv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.fullName()).isEqualTo("Ahmad \"Gus\" Fauzi");
            assertThat(row.memberType()).isEqualTo("Umum");
        });
    }

    @Test
    void shouldRefuseBadDatesWithTheirLines() {
        Parsed parsed = read("bad-dates.csv");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(2, "expire_date", "memberImport.problem.badDate", List.of("31-02-2025")),
                        tuple(3, "birth_date", "memberImport.problem.badDate", List.of("1990-13-01")),
                        tuple(4, "expire_date", "memberImport.problem.badDate", List.of("besok")),
                        tuple(5, "expire_date", "memberImport.problem.unknownExpiry", List.of("0000-00-00")),
                        tuple(6, "birth_date", "memberImport.problem.futureBirth", List.of("2090-01-01")));
    }

    @Test
    void shouldNameBothLinesOfADuplicateMemberNumber() {
        Parsed parsed = read("duplicates.csv");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(4, "member_id", "memberImport.problem.duplicate", List.of("IMP-0401", "2", "4")),
                        tuple(5, "member_id", "memberImport.problem.required", List.of()),
                        tuple(6, "member_name", "memberImport.problem.required", List.of()));
    }

    @Test
    void shouldRefuseAWindows1252FileNamingTheLine() {
        Parsed parsed = read("windows-1252.csv");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(tuple(3, "memberImport.problem.notUtf8", List.of("E9")));
    }

    @Test
    void shouldRefuseAFileWithoutARequiredColumn() {
        Parsed parsed = read("missing-column.csv");

        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason)
                .containsExactly(
                        tuple(1, "member_name", "memberImport.problem.missingColumn"),
                        tuple(1, "expire_date", "memberImport.problem.missingColumn"));
    }

    @Test
    void shouldRefuseEmptyFilesAndFilesWithoutMembers() {
        assertThat(read("empty.csv").problems())
                .extracting(ImportProblem::reason)
                .containsExactly("memberImport.problem.empty");
        assertThat(read("header-only.csv").problems())
                .extracting(ImportProblem::line, ImportProblem::reason)
                .containsExactly(tuple(1, "memberImport.problem.noRows"));
    }

    @Test
    void shouldRefuseTooLongValuesBadAddressesBadNumbersAndBrokenLines() {
        Parsed parsed = read("bad-values.csv");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(6, "", "memberImport.problem.unclosedQuote", List.of()),
                        tuple(2, "member_name", "memberImport.problem.tooLong", List.of("200")),
                        tuple(3, "member_type_name", "memberImport.problem.tooLong", List.of("60")),
                        tuple(3, "member_email", "memberImport.problem.email", List.of("lina@")),
                        tuple(4, "member_id", "memberImport.problem.cardFormat", List.of("IMP 0703!")),
                        tuple(5, "", "memberImport.problem.fieldCount", List.of("3", "5")),
                        tuple(6, "", "memberImport.problem.fieldCount", List.of("2", "5")));
    }

    @Test
    void shouldListAHundredProblemsAndCountTheRest() {
        StringBuilder file = new StringBuilder("member_id,member_name,expire_date\n");
        for (int i = 0; i < 250; i++) {
            file.append("IMP-").append(i).append(",Anggota ").append(i).append(",2026-02-30\n");
        }
        Parsed parsed =
                SlimsMemberFile.read(file.toString().getBytes(StandardCharsets.UTF_8), TODAY, 100, ImportProgress.NONE);

        assertThat(parsed.problems()).hasSize(100);
        assertThat(parsed.problems().get(99).line()).isEqualTo(101);
        assertThat(parsed.moreProblems()).isEqualTo(150);
    }

    @Test
    void shouldReportCheckingProgress() {
        StringBuilder file = new StringBuilder("member_id,member_name,expire_date\n");
        for (int i = 0; i < 2500; i++) {
            file.append("IMP-").append(i).append(",Anggota ").append(i).append(",2026-12-31\n");
        }
        List<String> updates = new ArrayList<>();
        Parsed parsed = SlimsMemberFile.read(
                file.toString().getBytes(StandardCharsets.UTF_8),
                TODAY,
                100,
                (stage, done, total) -> updates.add(stage + " " + done + "/" + total));

        assertThat(parsed.rows()).hasSize(2500);
        assertThat(updates).containsExactly("CHECKING 1000/2500", "CHECKING 2000/2500", "CHECKING 2500/2500");
    }

    @Test
    void shouldRefuseTextAfterAClosingQuote() {
        Parsed parsed = text("member_id,member_name,expire_date\n"
                + "IMP-0801,\"Budi\"Santoso,2026-12-31\n"
                + "IMP-0802,\"Sari\" ,2026-12-31\n"
                + "IMP-0803,\"Rina \"\"Ina\"\" Wati\",\"2026-12-31\"\r\n"
                + "\"IMP-0804\",\"Dodi\"\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(2, "", "memberImport.problem.textAfterQuote", List.of("S")),
                        tuple(3, "", "memberImport.problem.textAfterQuote", List.of(" ")),
                        tuple(5, "", "memberImport.problem.fieldCount", List.of("2", "3")));
        // Doubled quotes inside and a quoted last field followed by CR LF stay fine.
        assertThat(text("member_id,member_name,expire_date\n" + "IMP-0803,\"Rina \"\"Ina\"\" Wati\",\"2026-12-31\"\r\n")
                        .rows())
                .singleElement()
                .extracting(MemberRow::fullName)
                .isEqualTo("Rina \"Ina\" Wati");
    }

    @Test
    void shouldTakeTheMembershipDateFromMemberSinceElseRegisterDate() {
        Parsed parsed = text("member_id,member_name,register_date,member_since_date,expire_date\n"
                + "IMP-0901,Satu,2020-05-01,2021-03-15,2026-12-31\n"
                + "IMP-0902,Dua,2020-05-01,0000-00-00,2026-12-31\n"
                + "IMP-0903,Tiga,,,2026-12-31\n"
                + "IMP-0904,Empat,0000-00-00,15/08/2019,2026-12-31\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.columns()).contains("member_since_date", "register_date");
        assertThat(parsed.rows())
                .extracting(MemberRow::memberSince)
                .containsExactly(LocalDate.of(2021, 3, 15), LocalDate.of(2020, 5, 1), null, LocalDate.of(2019, 8, 15));

        Parsed bad = text("member_id,member_name,register_date,member_since_date,expire_date\n"
                + "IMP-0911,Satu,2020-05-01,2021-02-30,2026-12-31\n"
                + "IMP-0912,Dua,kemarin,,2026-12-31\n"
                + "IMP-0913,Tiga,,2099-01-01,2099-12-31\n");
        assertThat(bad.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(2, "member_since_date", "memberImport.problem.badDate", List.of("2021-02-30")),
                        tuple(3, "register_date", "memberImport.problem.badDate", List.of("kemarin")),
                        tuple(4, "member_since_date", "memberImport.problem.futureDate", List.of("2099-01-01")));
    }

    @Test
    void shouldTellWhichOptionalColumnsTheHeaderHas() {
        Parsed parsed = text("Member_ID,member_name,expire_date,member_phone\nIMP-0921,Satu,2026-12-31,0812\n");

        assertThat(parsed.columns())
                .containsExactlyInAnyOrder("member_id", "member_name", "expire_date", "member_phone");
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.memberType()).isEqualTo(SlimsMemberFile.DEFAULT_MEMBER_TYPE);
            assertThat(row.email()).isNull();
            assertThat(row.memberSince()).isNull();
        });
    }

    @Test
    void shouldGroupAgesAsTheKioskDoes() {
        assertThat(SlimsMemberFile.ageGroupOn(LocalDate.of(2013, 11, 29), TODAY))
                .isEqualTo(AgeGroup.CHILD);
        assertThat(SlimsMemberFile.ageGroupOn(LocalDate.of(2013, 11, 28), TODAY))
                .isEqualTo(AgeGroup.TEEN);
        assertThat(SlimsMemberFile.ageGroupOn(LocalDate.of(2008, 11, 28), TODAY))
                .isEqualTo(AgeGroup.ADULT);
        assertThat(SlimsMemberFile.ageGroupOn(LocalDate.of(1966, 11, 28), TODAY))
                .isEqualTo(AgeGroup.ELDERLY);
    }

    private static Parsed text(String content) {
        return SlimsMemberFile.read(content.getBytes(StandardCharsets.UTF_8), TODAY, 100, ImportProgress.NONE);
    }

    private static Parsed read(String name) {
        try (InputStream in = SlimsMemberFileTest.class.getResourceAsStream("/member-import/" + name)) {
            return SlimsMemberFile.read(in.readAllBytes(), TODAY, 100, ImportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
