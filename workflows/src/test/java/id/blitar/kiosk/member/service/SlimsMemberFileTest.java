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
                        tuple(2, "expire_date", "memberImport.problem.noSuchDate", List.of("31-02-2025")),
                        tuple(3, "birth_date", "memberImport.problem.noSuchDate", List.of("1990-13-01")),
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
    void shouldReadAWindows1252FileAsExcelSavesIt() {
        Parsed parsed = read("windows-1252.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(MemberRow::fullName).containsExactly("Rina Kartika", "José Ñoño");
    }

    @Test
    void shouldRefuseBytesThatAreNeitherUtf8NorWindows1252WithTheirLine() {
        byte[] start =
                "member_id,member_name,expire_date\nIMP-1,Budi,2027-01-01\nIMP-2,Ani".getBytes(StandardCharsets.UTF_8);
        byte[] content = java.util.Arrays.copyOf(start, start.length + 12);
        // 0x81 is undefined in Windows-1252 and invalid alone in UTF-8.
        System.arraycopy(
                new byte[] {(byte) 0x81, ',', '2', '0', '2', '7', '-', '0', '1', '-', '0', '1'},
                0,
                content,
                start.length,
                12);

        Parsed parsed = SlimsMemberFile.read(content, TODAY, 100, ImportProgress.NONE);

        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(tuple(3, "memberImport.problem.encoding", List.of("81")));
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
    void shouldRefuseTooLongValuesBadAddressesBadNumbersAndBrokenLinesSortedByLine() {
        Parsed parsed = read("bad-values.csv");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(2, "member_name", "memberImport.problem.tooLong", List.of("200")),
                        tuple(3, "member_type_name", "memberImport.problem.tooLong", List.of("60")),
                        tuple(3, "member_email", "memberImport.problem.email", List.of("lina@")),
                        tuple(4, "member_id", "memberImport.problem.cardFormat", List.of("IMP 0703!")),
                        tuple(5, "", "memberImport.problem.fieldCount", List.of("3", "5")),
                        tuple(6, "", "memberImport.problem.fieldCount", List.of("2", "5")),
                        tuple(6, "member_name", "memberImport.problem.unclosedQuote", List.of()));
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
                        tuple(2, "member_name", "memberImport.problem.textAfterQuote", List.of("S")),
                        tuple(3, "member_name", "memberImport.problem.textAfterQuote", List.of(" ")),
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
                        tuple(2, "member_since_date", "memberImport.problem.noSuchDate", List.of("2021-02-30")),
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

    /** The example of the issue: SLiMS 9's default export (header, comma, double quote, newline). */
    @Test
    void shouldReadSlimsEscapesInADefaultExport() {
        Parsed parsed = read("slims9-header.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.cardNumber()).isEqualTo("B0000999");
            assertThat(row.fullName()).isEqualTo("Ma'ruf \"Cak\" Hidayat");
            assertThat(row.institution()).isEqualTo("Dinas \"Pendidikan\"");
            assertThat(row.memberType()).isEqualTo("Umum");
            assertThat(row.email()).isNull();
            assertThat(row.expiresOn()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(row.memberSince()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(row.ageGroup()).isEqualTo(AgeGroup.ADULT);
            assertThat(row.callName()).isNull();
        });
        assertThat(parsed.columns()).containsAll(SlimsMemberFile.SLIMS_COLUMNS);
    }

    @Test
    void shouldReadTheColumnsNotKeptWithTheirEscapesToo() {
        String text = new String(resource("slims9-header.csv"), StandardCharsets.UTF_8);
        SlimsExport.Text read = SlimsExport.read(text, 18, r -> r.fields().contains("member_id"));

        assertThat(read.dialect()).isEqualTo(new SlimsExport.Dialect(',', '"', SlimsExport.Escapes.BACKSLASH));
        assertThat(read.problems()).isEmpty();
        assertThat(read.records()).hasSize(2);
        assertThat(read.records().get(0).fields()).hasSize(19).endsWith("member_notes", "");
        List<String> row = read.records().get(1).fields();
        assertThat(row).hasSize(18);
        assertThat(row.get(5)).isEqualTo("Jl. Kenanga 5\nSukorejo");
        assertThat(row.get(11)).isEqualTo("081234567890");
        assertThat(row.get(17)).isEqualTo("suka \\ sejarah");
    }

    @Test
    void shouldReadTheSameRowWithoutAHeaderAndWithCarriageReturns() {
        Parsed withHeader = read("slims9-header.csv");
        Parsed withoutHeader = read("slims9-no-header-cr.csv");

        assertThat(withoutHeader.problems()).isEmpty();
        assertThat(withoutHeader.rows())
                .singleElement()
                .usingRecursiveComparison()
                .ignoringFields("line")
                .isEqualTo(withHeader.rows().get(0));
        assertThat(withoutHeader.rows().get(0).line()).isEqualTo(1);
    }

    @Test
    void shouldReadSemicolonsEveryEscapeAndZeroDates() {
        Parsed parsed = read("slims9-semicolon.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(
                        MemberRow::line,
                        MemberRow::cardNumber,
                        MemberRow::fullName,
                        MemberRow::memberType,
                        MemberRow::email,
                        MemberRow::institution,
                        MemberRow::expiresOn,
                        MemberRow::memberSince,
                        MemberRow::ageGroup)
                .containsExactly(
                        tuple(
                                2,
                                "B0001001",
                                "Siti Nur\\Aisyah",
                                "Pelajar",
                                "SITI.Aisyah@Example.org",
                                "SMAN 1 Blitar",
                                LocalDate.of(2027, 12, 31),
                                LocalDate.of(2020, 7, 15),
                                null),
                        tuple(
                                3,
                                "B0001002",
                                "I Made Wirawan",
                                SlimsMemberFile.DEFAULT_MEMBER_TYPE,
                                null,
                                null,
                                LocalDate.of(2026, 12, 31),
                                LocalDate.of(2021, 2, 1),
                                AgeGroup.ELDERLY),
                        tuple(
                                4,
                                "B0001003",
                                "Hj. Siti Aminah",
                                "Umum",
                                null,
                                "Yayasan Al-Ma'arif",
                                LocalDate.of(2027, 1, 31),
                                null,
                                AgeGroup.CHILD));
        String text = new String(resource("slims9-semicolon.csv"), StandardCharsets.UTF_8);
        SlimsExport.Text read = SlimsExport.read(text, 18, r -> r.fields().contains("member_id"));
        assertThat(read.records().get(1).fields())
                .containsSubsequence("Jl. Mawar 1\r\nRT 02/RW 03", "kartu \0 hilang \u001a");
        assertThat(read.records().get(2).fields()).contains("Jl. Bali \"Indah\" 7", "catatan: 'lansia'");
    }

    @Test
    void shouldReadTabsWithoutAHeaderAndCarriageReturnsAsTheSameMembers() {
        Parsed semicolons = read("slims9-semicolon.csv");
        Parsed tabs = read("slims9-tab-no-header.csv");

        assertThat(tabs.problems()).isEmpty();
        assertThat(tabs.rows())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                .containsExactlyElementsOf(semicolons.rows());
        assertThat(tabs.rows()).extracting(MemberRow::line).containsExactly(1, 2, 3);
    }

    @Test
    void shouldReadTheEncloserAndSeparatorTheLibrarianTyped() {
        Parsed parsed = read("slims9-apostrophe-pipe.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(MemberRow::cardNumber, MemberRow::fullName, MemberRow::expiresOn)
                .containsExactly(
                        tuple("B0002001", "Ma'ruf Amin", LocalDate.of(2027, 1, 1)),
                        tuple("B0002002", "Dewi \"Dee\" Lestari", LocalDate.of(2027, 2, 2)));
    }

    @Test
    void shouldListDataMistakesBesideAParseProblemByLineAndColumn() {
        Parsed parsed = read("slims9-data-errors.csv");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(2, "expire_date", "memberImport.problem.noSuchDate", List.of("2027-02-30")),
                        tuple(4, "member_name", "memberImport.problem.textAfterQuote", List.of("x")),
                        tuple(5, "member_id", "memberImport.problem.duplicate", List.of("B0003001", "2", "5")),
                        tuple(6, "expire_date", "memberImport.problem.unknownExpiry", List.of("0000-00-00")));
    }

    @Test
    void shouldRefuseAFileWithoutHeaderInAnotherLayoutWithOneReason() {
        Parsed parsed = text("B0001,Budi,2027-01-01\nB0002,Ani,2027-01-01\n");

        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(tuple(1, "memberImport.problem.noHeader", List.of("3", "18")));
    }

    @Test
    void shouldRefuseAFileWhoseRowsDoNotFitItsHeaderWithOneReason() {
        StringBuilder file = new StringBuilder("member_id,member_name,expire_date,member_email\n");
        for (int i = 0; i < 400; i++) {
            file.append("B").append(i).append(",Anggota ").append(i).append(",2027-01-01\n");
        }

        Parsed parsed = text(file.toString());

        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(tuple(0, "memberImport.problem.layout", List.of("400", "400", "3", "4", ",")));
        assertThat(parsed.moreProblems()).isZero();
    }

    @Test
    void shouldRefuseExcelDamage() {
        Parsed parsed = text("member_id,member_name,expire_date\n"
                + "1.23457E+11,Budi Santoso,2027-01-01\n"
                + "000123,Sri Wahyuni,2027-01-01\n"
                + "123,SRI  WAHYUNI,2027-01-01\n"
                + "0456,Agus Salim,2027-01-01\n"
                + "456,Ahmad Fauzi,2027-01-01\n");

        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason, ImportProblem::arguments)
                .containsExactly(
                        tuple(2, "member_id", "memberImport.problem.scientific", List.of("1.23457E+11")),
                        tuple(4, "member_id", "memberImport.problem.leadingZeros", List.of("123", "000123", "3")));
    }

    @Test
    void shouldReadASlimsExportASpreadsheetSavedWithItsBackslashesLeft() {
        Parsed parsed = text("member_id,member_name,inst_name,expire_date\n"
                + "B9301,Ma\\'ruf Hidayat,MI Ma\\'arif 02,2027-01-01\n"
                + "B9302,Siti Aminah,,2027-01-01\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(MemberRow::fullName, MemberRow::institution)
                .containsExactly(tuple("Ma'ruf Hidayat", "MI Ma'arif 02"), tuple("Siti Aminah", null));
    }

    @Test
    void shouldTakeWhatLibrariesReallyWriteInCells() {
        Parsed parsed = text("member_id,member_name,member_email,expire_date,call_name\n"
                + "B1,Siti\tAminah,-,2027-01-01,\n"
                + "B2,Budi\u200B Santoso,tidak ada,2027-01-01,\n"
                + "B3,Sari Dewi,sari@gmail.com; sari2@yahoo.com,2027-01-01,\n"
                + "B4,Hj. Aminah,,2027-01-01,Hj.\n");

        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason)
                .containsExactly(tuple(5, "call_name", "memberImport.problem.callNameTitleOnly"));
        Parsed good = text("member_id,member_name,member_email,expire_date\n"
                + "B1,Siti\tAminah,-,2027-01-01\n"
                + "B2,Budi\u200B Santoso,tidak ada,2027-01-01\n"
                + "B3,Sari Dewi,sari@gmail.com; sari2@yahoo.com,2027-01-01\n");
        assertThat(good.rows())
                .extracting(MemberRow::fullName, MemberRow::email)
                .containsExactly(
                        tuple("Siti Aminah", null), tuple("Budi Santoso", null), tuple("Sari Dewi", "sari@gmail.com"));
    }

    @Test
    void shouldTakeACallNameColumnWhenALibraryAddsOne() {
        Parsed parsed = text("member_id,member_name,expire_date,nama_panggilan\n"
                + "B1,Raden Ajeng Kartini,2027-01-01,Tini\n"
                + "B2,Budi Santoso,2027-01-01,\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.columns()).contains("nama_panggilan");
        assertThat(parsed.rows()).extracting(MemberRow::callName).containsExactly("Tini", null);
    }

    /**
     * A file written the way SLiMS 9's export.php writes it, for a few hundred members with the characters real
     * records hold, read back value for value: every separator and record separator the export form offers.
     */
    @Test
    void shouldReadBackWhatSlimsWritesForHundredsOfMembers() {
        List<List<String>> members = new ArrayList<>();
        String[] names = {
            "Ma'ruf \"Cak\" Hidayat", "Siti Nur'aini", "I Gusti Ngurah Rai", "Drs. H. Moh. Ali, M.Pd.", "Nyoman Ñañez",
            "Dewi \\ Lestari", "R.A. Kartini", "Abdul Haris Nasution", "Ni Luh Putu Ayu", "Sri Wahyuni"
        };
        for (int i = 0; i < 300; i++) {
            List<String> member = new ArrayList<>(java.util.Collections.nCopies(18, ""));
            member.set(0, String.format("B%07d", i));
            member.set(1, names[i % names.length] + " " + i);
            member.set(2, String.valueOf(i % 2));
            member.set(3, i % 3 == 0 ? "Pelajar" : "Umum");
            member.set(4, i % 4 == 0 ? "anggota" + i + "@example.org" : "");
            member.set(5, "Jl. Merdeka " + i + "\nRT 0" + (i % 9) + "/RW 01, Kel. Sukorejo \"dekat masjid\"");
            member.set(7, i % 5 == 0 ? "SMP Negeri \"" + i + "\" Blitar" : "");
            member.set(13, i % 7 == 0 ? "0000-00-00" : "2019-01-01");
            member.set(15, "2027-06-30");
            member.set(16, i % 6 == 0 ? "0000-00-00" : "1990-03-02");
            member.set(17, "catatan 'khusus'\r\n\u001a\u0000 selesai");
            members.add(member);
        }
        for (String separator : List.of(",", ";", "\t", "|")) {
            for (String recordSeparator : List.of("\n", "\r")) {
                for (boolean header : List.of(true, false)) {
                    byte[] file = SlimsExportWriter.export(members, separator, "\"", recordSeparator, header);
                    Parsed parsed = SlimsMemberFile.read(file, TODAY, 100, ImportProgress.NONE);
                    String what = separator + " " + recordSeparator.equals("\r") + " " + header;

                    assertThat(parsed.problems()).as(what).isEmpty();
                    assertThat(parsed.rows()).as(what).hasSize(300);
                    for (int i = 0; i < 300; i++) {
                        MemberRow row = parsed.rows().get(i);
                        List<String> member = members.get(i);
                        assertThat(row.cardNumber()).as(what).isEqualTo(member.get(0));
                        assertThat(row.fullName()).as(what).isEqualTo(member.get(1));
                        assertThat(row.memberType()).as(what).isEqualTo(member.get(3));
                        assertThat(row.email()).as(what).isEqualTo(member.get(4).isEmpty() ? null : member.get(4));
                        assertThat(row.institution())
                                .as(what)
                                .isEqualTo(member.get(7).isEmpty() ? null : member.get(7));
                        assertThat(row.memberSince()).as(what).isEqualTo(i % 7 == 0 ? null : LocalDate.of(2019, 1, 1));
                        assertThat(row.ageGroup()).as(what).isEqualTo(i % 6 == 0 ? null : AgeGroup.ADULT);
                    }
                }
            }
        }
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
        return SlimsMemberFile.read(resource(name), TODAY, 100, ImportProgress.NONE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SlimsMemberFileTest.class.getResourceAsStream("/member-import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
