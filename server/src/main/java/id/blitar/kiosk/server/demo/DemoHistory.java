package id.blitar.kiosk.server.demo;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.hours.service.OpeningHoursService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Eight weeks of plausible history before today, so the managers' dashboard and reports mean something
 * on the first start: member, guest and group visits following a library's day (a morning and an
 * after-school peak, school classes in the morning), closed questions with their claim and answer
 * times, past workshops with attendance, and exit-poll answers with SKM items.
 *
 * <p>Only finished things, all dated before today, written straight into the tables in one
 * transaction (no process instances: nothing here is still running). The members are extra demo
 * members (cards {@code KPB-1001} … {@code KPB-1040}); the six cards to try by hand have no history,
 * so their "visit number this year" starts at 1. A fixed seed keeps the history the same every time.
 */
@Component
@ConditionalOnProperty(name = "kiosk.demo-data.enabled", havingValue = "true")
class DemoHistory {

    /** Members of the history; the cards to try by hand are KPB-0001 … KPB-0006. */
    static final int MEMBERS = 40;

    static final int WEEKS = 8;

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private static final String[] TYPES = {"Umum", "Pelajar", "Pelajar", "Mahasiswa", "Anak", "Umum", "Pelajar"};
    private static final AgeGroup[] TYPE_AGES = {
        AgeGroup.ADULT, AgeGroup.TEEN, AgeGroup.TEEN, AgeGroup.ADULT, AgeGroup.CHILD, AgeGroup.ELDERLY, AgeGroup.TEEN
    };
    private static final String[] FIRST = {
        "Agus", "Wulan", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Kartini", "Lukman", "Maya", "Nur", "Putri",
        "Rizky", "Sari", "Teguh", "Umi", "Wahyu", "Yuni", "Bayu", "Citra"
    };
    private static final String[] LAST = {"Prasetyo", "Handayani", "Saputra", "Rahayu", "Wibowo", "Kusuma"};
    private static final String[] QUESTIONS = {
        "Di mana rak buku sejarah Blitar?",
        "Apakah ada buku persiapan UTBK?",
        "Bagaimana cara mencari jurnal untuk skripsi?",
        "Cara memakai katalog online?",
        "Bisa minta bantuan mencetak dokumen?",
        "Apakah kartu anggota bisa diperpanjang di sini?",
        "Ada buku cerita bergambar untuk anak lima tahun?",
        "Di mana koleksi koran lama?"
    };
    private static final String[] TOPICS = {
        "BOOKS", "BOOKS", "RESEARCH", "DIGITAL", "DIGITAL", "MEMBERSHIP", "CHILDREN", "RESEARCH"
    };
    private static final String[] GROUPS = {
        "reference",
        "reference",
        "reference",
        "digital-literacy",
        "digital-literacy",
        "membership",
        "children",
        "reference"
    };
    private static final String[] ANSWERERS = {
        "rujukan", "rujukan", "rujukan", "rujukan", "rujukan", "anggota", "anak", "rujukan"
    };

    private final JdbcTemplate jdbc;
    private final Map<String, SimpleJdbcInsert> inserts = new java.util.HashMap<>();
    private final TransactionTemplate transaction;
    private final OpeningHoursService openingHours;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, TransactionTemplate transaction, OpeningHoursService openingHours, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.openingHours = openingHours;
        this.clock = clock;
    }

    /** Writes the history; called once, with the rest of the demo data, into an empty database. */
    void load() {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> write());
        log.info(
                "Loaded {} weeks of demo history for the dashboard ({} ms)",
                WEEKS,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void write() {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusWeeks(WEEKS);
        long[] members = new long[MEMBERS];
        String[] memberTypes = new String[MEMBERS];
        AgeGroup[] memberAges = new AgeGroup[MEMBERS];
        for (int i = 0; i < MEMBERS; i++) {
            int kind = i % TYPES.length;
            memberTypes[i] = TYPES[kind];
            memberAges[i] = TYPE_AGES[kind];
            // Most joined long ago; a few joined during the eight weeks (new members, UPLM 7).
            LocalDateTime joined = i % 8 == 7
                    ? first.plusDays(random.nextInt(WEEKS * 7 - 7)).atTime(10, 0)
                    : today.minusDays(120 + random.nextInt(600)).atTime(10, 0);
            members[i] = insert(
                    "member",
                    Map.of(
                            "card_number",
                            String.format("KPB-%04d", 1001 + i),
                            "full_name",
                            FIRST[i % FIRST.length] + " " + LAST[i % LAST.length],
                            "member_type",
                            memberTypes[i],
                            "age_group",
                            memberAges[i].name(),
                            "expires_on",
                            joined.toLocalDate().plusYears(i % 10 == 9 ? 0 : 2),
                            "created_at",
                            joined));
        }

        List<Object[]> visits = new ArrayList<>();
        List<Object[]> questions = new ArrayList<>();
        List<Object[]> skm = new ArrayList<>();
        String[] elements = {
            "PERSYARATAN", "PROSEDUR", "WAKTU", "BIAYA", "PRODUK", "KOMPETENSI", "PERILAKU", "PENGADUAN", "SARANA"
        };
        int skmNext = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            var hours = openingHours.on(day);
            if (hours.isEmpty()) {
                continue;
            }
            LocalTime opens = hours.get().opensAt();
            LocalTime closes = hours.get().closesAt();
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int checkIns = weekend ? 22 + random.nextInt(14) : 16 + random.nextInt(14);
            for (int n = 0; n < checkIns; n++) {
                LocalDateTime at = moment(random, day, opens, closes, weekend);
                LocalDateTime out = earlier(at.plusMinutes(20 + random.nextInt(140)), day.atTime(closes));
                String reason = out.toLocalTime().equals(closes) ? "CLOSING_TIME" : "CHECK_OUT";
                if (random.nextInt(100) < 45) {
                    int m = random.nextInt(MEMBERS);
                    visits.add(visit("MEMBER", members[m], memberAges[m], null, null, null, at, out, reason, null));
                } else {
                    AgeGroup age = pick(random, new int[] {15, 30, 45, 10}, AgeGroup.values());
                    String purpose = pick(random, new int[] {30, 20, 25, 15, 4, 6}, new String[] {
                        "READING", "BORROWING", "STUDYING", "INTERNET", "EVENT", "OTHER"
                    });
                    String origin = pick(random, new int[] {60, 30, 10}, new String[] {"CITY", "REGENCY", "OUTSIDE"});
                    visits.add(visit("GUEST", null, age, purpose, origin, null, at, out, reason, null));
                }
            }
            // A school class about one weekday in four, in the morning.
            if (!weekend && random.nextInt(4) == 0) {
                boolean primary = random.nextBoolean();
                int pupils = (primary ? 18 : 22) + random.nextInt(12);
                LocalDateTime at = day.atTime(9 + random.nextInt(2), random.nextInt(60));
                int[] counts = primary ? new int[] {pupils, 0, 2, 0} : new int[] {0, pupils, 2, 0};
                visits.add(visit(
                        "GROUP",
                        null,
                        null,
                        "STUDYING",
                        random.nextInt(3) == 0 ? "REGENCY" : "CITY",
                        primary ? "SDN Sananwetan 1" : "SMPN 1 Blitar",
                        at,
                        at.plusMinutes(90),
                        "CHECK_OUT",
                        counts));
            }
            // Questions: walk-ins answered at the desk, and a ticket answered by e-mail some days.
            int asked = 2 + random.nextInt(4);
            for (int n = 0; n < asked; n++) {
                int q = random.nextInt(QUESTIONS.length);
                LocalDateTime at = moment(random, day, opens, closes.minusHours(1), weekend);
                boolean ticket = random.nextInt(5) == 0;
                LocalDateTime due = ticket ? at.plusDays(2) : at.plusMinutes(30);
                LocalDateTime claimed = at.plusMinutes(1 + random.nextInt(ticket ? 240 : 25));
                LocalDateTime answered = ticket
                        ? claimed.plusMinutes(30 + random.nextInt(ticket && random.nextInt(6) == 0 ? 3000 : 600))
                        : claimed.plusMinutes(2 + random.nextInt(15));
                LocalDateTime called = ticket ? null : claimed.plusMinutes(1);
                boolean met = ticket ? !answered.isAfter(due) : !called.isAfter(due);
                questions.add(new Object[] {
                    TOPICS[q],
                    QUESTIONS[q],
                    ticket ? "EMAIL" : "WALK_IN",
                    "CLOSED",
                    GROUPS[q],
                    due,
                    at,
                    claimed,
                    ANSWERERS[q],
                    called,
                    ticket ? null : "Meja 1",
                    ticket
                            ? "Sudah kami kirimkan daftar sumbernya. Silakan datang ke meja referensi bila perlu."
                            : null,
                    ANSWERERS[q],
                    answered,
                    ticket ? "ANSWERED_BY_EMAIL" : "ANSWERED_AT_DESK",
                    ticket ? answered.plusMinutes(1) : null,
                    met,
                    ticket ? answered.plusMinutes(1) : answered,
                    "Tanya pustakawan"
                });
            }
            // Exit-poll answers, some with one SKM item.
            int polls = 4 + random.nextInt(8);
            for (int n = 0; n < polls; n++) {
                LocalDateTime at = moment(random, day, opens, closes, weekend);
                String mood = pick(random, new int[] {52, 34, 10, 4}, new String[] {
                    "VERY_HAPPY", "HAPPY", "UNHAPPY", "VERY_UNHAPPY"
                });
                long poll = insert(
                        "poll_answer",
                        Map.of("kiosk", "Pintu keluar", "mood", mood, "answered_at", at, "follow_up", false));
                if (random.nextInt(10) < 4) {
                    int score = mood.startsWith("VERY_H") || mood.equals("HAPPY")
                            ? pick(random, new int[] {10, 55, 35}, new Integer[] {2, 3, 4})
                            : pick(random, new int[] {30, 50, 20}, new Integer[] {1, 2, 3});
                    skm.add(new Object[] {poll, elements[skmNext++ % elements.length], score, at.plusSeconds(20)});
                }
            }
        }
        jdbc.batchUpdate(
                "insert into visit (visitor_type, member_id, age_group, purpose, origin, institution, consent_given_at,"
                        + " count_children, count_teens, count_adults, count_elderly, head_count, membership_expired,"
                        + " kiosk, checked_in_at, checked_out_at, close_reason, duration_minutes)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 'Pintu utama', ?, ?, ?, ?)",
                visits);
        jdbc.batchUpdate(
                "insert into question (topic, text, channel, status, candidate_group, priority, due_at, asked_at,"
                        + " claimed_at, claimed_by, called_at, desk, answer, answered_by, answered_at, outcome,"
                        + " delivered_at, deadline_met, closed_at, kiosk)"
                        + " values (?, ?, ?, ?, ?, 50, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                questions);
        jdbc.batchUpdate("insert into skm_answer (poll_id, element, score, answered_at) values (?, ?, ?, ?)", skm);
        workshops(random, today, members);
    }

    /** Five past activities with registrations, door scans and no-shows. */
    private void workshops(Random random, LocalDate today, long[] members) {
        Object[][] programme = {
            {"Literasi digital: mengenali hoaks", "WORKSHOP", "TEEN,ADULT", 25, 45, "Universitas Islam Balitar"},
            {"Dongeng anak hari Sabtu", "STORYTIME", "CHILD", 15, 38, null},
            {"Klub buku: Bumi Manusia", "BOOK_CLUB", "ADULT,ELDERLY", 12, 30, null},
            {"Menulis cerita pendek untuk remaja", "WORKSHOP", "TEEN", 20, 19, "Komunitas Penulis Blitar"},
            {"Dongeng anak hari Sabtu", "STORYTIME", "CHILD", 15, 10, null}
        };
        int person = 0;
        for (Object[] w : programme) {
            int capacity = (Integer) w[3];
            LocalDate day = today.minusDays((Integer) w[4]);
            if ("STORYTIME".equals(w[1])) {
                day = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            }
            LocalDateTime starts = day.atTime(9, 0);
            LocalDateTime ends = starts.plusHours(2);
            int confirmed = capacity - random.nextInt(Math.max(1, capacity / 3));
            java.util.HashMap<String, Object> row = new java.util.HashMap<>();
            row.put("title", w[0]);
            row.put("description", "Kegiatan perpustakaan (riwayat demo).");
            row.put("type", w[1]);
            row.put("audience", w[2]);
            row.put("room", "Ruang Serbaguna");
            row.put("capacity", capacity);
            row.put("seats_taken", confirmed);
            row.put("waitlist_last", 0);
            row.put("registration_opens_at", starts.minusDays(14));
            row.put("registration_closes_at", starts.minusHours(1));
            row.put("starts_at", starts);
            row.put("ends_at", ends);
            row.put("partner", w[5]);
            row.put("status", "PUBLISHED");
            row.put("created_by", "kepala");
            row.put("created_at", starts.minusDays(20));
            long workshop = insert("workshop", row);
            long session = insert(
                    "workshop_session",
                    Map.of("workshop_id", workshop, "starts_at", starts, "ends_at", ends, "room", "Ruang Serbaguna"));
            List<Object[]> attendance = new ArrayList<>();
            for (int r = 0; r < confirmed + 1; r++) {
                boolean cancelled = r == confirmed;
                boolean attended = !cancelled && random.nextInt(100) < 82;
                long member = members[person++ % members.length];
                java.util.HashMap<String, Object> reg = new java.util.HashMap<>();
                reg.put("workshop_id", workshop);
                reg.put("person_key", "member:" + member);
                reg.put("member_id", member);
                reg.put("status", cancelled ? "CANCELLED" : attended ? "ATTENDED" : "NO_SHOW");
                reg.put("registered_at", starts.minusDays(3 + random.nextInt(10)));
                reg.put("confirmed_at", starts.minusDays(3));
                reg.put("ended_at", cancelled ? starts.minusDays(1) : ends);
                reg.put("attended", attended);
                reg.put("kiosk", "Pintu utama");
                long registration = insert("registration", reg);
                if (attended) {
                    attendance.add(new Object[] {registration, session, starts.minusMinutes(random.nextInt(15))});
                }
            }
            jdbc.batchUpdate(
                    "insert into attendance (registration_id, session_id, scanned_at, kiosk)"
                            + " values (?, ?, ?, 'Pintu kegiatan')",
                    attendance);
        }
    }

    /** Inserts the given columns (the others keep their defaults) and returns the new id. */
    private long insert(String table, Map<String, ?> values) {
        // One prepared insert per table and set of columns: reading table metadata each time is slow.
        SimpleJdbcInsert insert = inserts.computeIfAbsent(
                table + values.keySet(),
                k -> new SimpleJdbcInsert(jdbc)
                        .withTableName(table)
                        .usingGeneratedKeyColumns("id")
                        .usingColumns(values.keySet().toArray(String[]::new)));
        return insert.executeAndReturnKey(new java.util.HashMap<String, Object>(values))
                .longValue();
    }

    private static Object[] visit(
            String type,
            Long member,
            AgeGroup age,
            String purpose,
            String origin,
            String institution,
            LocalDateTime at,
            LocalDateTime out,
            String reason,
            int[] groupCounts) {
        int[] counts = groupCounts == null ? new int[4] : groupCounts;
        if (groupCounts == null) {
            counts[age.ordinal()] = 1;
        }
        int head = counts[0] + counts[1] + counts[2] + counts[3];
        return new Object[] {
            type,
            member,
            age == null ? null : age.name(),
            purpose,
            origin,
            institution,
            "MEMBER".equals(type) ? null : at,
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            head,
            at,
            out,
            reason,
            (int) java.time.Duration.between(at, out).toMinutes()
        };
    }

    /** A moment of an opening day: a morning peak, a lull at noon and an after-school peak. */
    private static LocalDateTime moment(
            Random random, LocalDate day, LocalTime opens, LocalTime closes, boolean weekend) {
        int[] weights = weekend
                ? new int[] {4, 8, 9, 7, 4, 3, 2, 1, 1, 1, 1, 1}
                : new int[] {3, 6, 8, 7, 4, 5, 8, 9, 7, 4, 3, 2};
        Integer[] offsets = new Integer[weights.length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        int hour = opens.getHour() + pick(random, weights, offsets);
        LocalDateTime at = day.atTime(Math.min(hour, 23), random.nextInt(60));
        LocalDateTime last = day.atTime(closes).minusMinutes(10);
        return at.isAfter(last) ? last.minusMinutes(random.nextInt(60)) : at;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T pick(Random random, int[] weights, T[] values) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
