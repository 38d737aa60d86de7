package id.blitar.kiosk.server.bench;

import id.blitar.kiosk.member.service.ImportProgress;
import id.blitar.kiosk.member.service.MemberImport;
import id.blitar.kiosk.member.service.MemberImportResult;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how long importing a SLiMS member export takes through {@link MemberImport} and the real
 * database: a generated export (all of SLiMS's usual columns) imported three times — first every row
 * new, then the same file (nothing to write), then with one row in ten changed. Not a test: figures go
 * to standard output. Run with {@code bench/member-import.sh [h2|mysql] [rows]}.
 */
public final class MemberImportBenchmark {

    private static final String[] FIRST = {
        "Siti", "Budi", "Sri", "Agus", "Dewi", "Ahmad", "Rina", "Eko", "Wulan", "Yusuf", "Nur", "Bambang", "Ani",
        "Joko", "Putri", "Hadi", "Lestari", "Rudi", "Indah", "Fajar"
    };
    private static final String[] LAST = {
        "Wahyuni",
        "Santoso",
        "Lestari",
        "Prasetyo",
        "Rahmawati",
        "Hidayat",
        "Kusuma",
        "Saputra",
        "Aminah",
        "Nugroho",
        "Susanti",
        "Wibowo",
        "Purnomo",
        "Handayani",
        "Setiawan",
        "Pratama"
    };
    private static final String[] TYPES = {"Umum", "Pelajar", "Mahasiswa", "Guru", ""};
    private static final String[] INSTITUTIONS = {
        "", "", "SMPN 1 Kota Blitar", "SDN Sananwetan 3", "Universitas Islam Balitar", "SMAN 1 Blitar, Kelas XI"
    };

    private MemberImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        byte[] original = export(rows, false);
        byte[] changed = export(rows, true);
        System.out.printf(
                "Member import benchmark: %s, %,d rows, file %.1f MB%n", database, rows, original.length / 1e6);
        try (ConfigurableApplicationContext app = BenchmarkApp.start(database, "kiosk_bench_import")) {
            MemberImport memberImport = app.getBean(MemberImport.class);
            // Warm-up on a separate, small set of members: JIT, connection pool, statement caches.
            run(memberImport, "warm-up (2,000 rows, other members)", exportWithPrefix(2000, false, "WARM"));
            run(memberImport, "1st import: every row new", original);
            run(memberImport, "2nd import: same file, nothing changed", original);
            run(memberImport, "3rd import: 10% of rows changed", changed);
        }
    }

    private static void run(MemberImport memberImport, String name, byte[] file) {
        long[] writingStarted = {0};
        long start = System.nanoTime();
        MemberImportResult result = memberImport.importFile("bench.csv", file, "bench", (stage, done, total) -> {
            if (stage == ImportProgress.Stage.WRITING && writingStarted[0] == 0) {
                writingStarted[0] = System.nanoTime();
            }
        });
        long end = System.nanoTime();
        if (!result.accepted()) {
            throw new IllegalStateException("Refused: " + result.problems());
        }
        double total = (end - start) / 1e9;
        double checking = (writingStarted[0] - start) / 1e9;
        System.out.printf(
                "%-40s %6.2f s (read, check, lock, compare %5.2f s; write %5.2f s)  %,7.0f rows/s"
                        + "  inserted %,d, updated %,d, unchanged %,d%n",
                name,
                total,
                checking,
                total - checking,
                result.rows() / total,
                result.inserted(),
                result.updated(),
                result.unchanged());
    }

    private static byte[] export(int rows, boolean tenPercentChanged) {
        return exportWithPrefix(rows, tenPercentChanged, "KPB");
    }

    /**
     * A member file as SLiMS 9's export.php writes it with its defaults: every value through MySQL's escape_string
     * and enclosed in double quotes, comma separated, SLiMS's 18 columns in its order, the header row ending with
     * one more separator; addresses on two lines (written as the two characters backslash n) and some names with
     * an apostrophe (backslash quote).
     */
    private static byte[] exportWithPrefix(int rows, boolean tenPercentChanged, String prefix) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(rows * 240);
        csv.append("\"member_id\",\"member_name\",\"gender\",\"member_type_name\",\"member_email\","
                + "\"member_address\",\"postal_code\",\"inst_name\",\"is_new\",\"member_image\",\"pin\","
                + "\"member_phone\",\"member_fax\",\"member_since_date\",\"register_date\",\"expire_date\","
                + "\"birth_date\",\"member_notes\",\n");
        LocalDate base = LocalDate.of(2027, 1, 1);
        for (int i = 0; i < rows; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            if (i % 7 == 0) {
                name = "Ma\\'ruf " + name;
            }
            LocalDate expiry = base.plusDays(random.nextInt(700));
            if (tenPercentChanged && i % 10 == 0) {
                expiry = expiry.plusYears(1);
            }
            LocalDate birth = LocalDate.of(1945 + random.nextInt(75), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String email = random.nextInt(3) == 0 ? "anggota" + i + "@example.org" : "";
            csv.append('"')
                    .append(prefix)
                    .append(String.format("-%06d", i))
                    .append("\",\"")
                    .append(name)
                    .append("\",\"")
                    .append(random.nextInt(2))
                    .append("\",\"")
                    .append(TYPES[random.nextInt(TYPES.length)])
                    .append("\",\"")
                    .append(email)
                    .append("\",\"Jl. Merdeka No. ")
                    .append(1 + random.nextInt(200))
                    .append("\\nKota Blitar\",\"66111\",\"")
                    .append(INSTITUTIONS[random.nextInt(INSTITUTIONS.length)])
                    .append("\",\"0\",\"\",\"\",\"08123")
                    .append(String.format("%06d", random.nextInt(1_000_000)))
                    .append("\",\"\",\"2024-01-01\",\"2024-01-01\",\"")
                    .append(expiry)
                    .append("\",\"")
                    .append(birth)
                    .append("\",\"\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
