package id.blitar.kiosk.server.demo;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.ClusterLock;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.service.FaqCatalogue;
import id.blitar.kiosk.server.security.StaffAccounts;
import id.blitar.kiosk.server.security.StaffRoles;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo members and staff for the embedded default, loaded once into an empty database so every
 * journey can be tried at once. The README lists the cards and accounts.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kiosk.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final MemberService members;
    private final StaffAccounts staff;
    private final FaqCatalogue faqs;
    private final WorkshopService workshops;
    private final DemoHistory history;
    private final Clock clock;
    private final ClusterLock lock;

    DemoData(
            MemberService members,
            StaffAccounts staff,
            FaqCatalogue faqs,
            WorkshopService workshops,
            DemoHistory history,
            Clock clock,
            ClusterLock lock) {
        this.members = members;
        this.staff = staff;
        this.faqs = faqs;
        this.workshops = workshops;
        this.history = history;
        this.clock = clock;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Nodes started together on an empty database: one loads, the others wait and find it loaded.
        lock.runAlone("demo-data", Duration.ofMinutes(10), this::load);
    }

    private void load() {
        if (members.count() == 0) {
            LocalDate today = LocalDate.now(clock);
            LocalDate valid = today.plusYears(2);
            members.register("KPB-0001", "Siti Aminah", "Umum", AgeGroup.ADULT, "siti@example.org", null, valid);
            members.register("KPB-0002", "Budi Santoso", "Pelajar", AgeGroup.TEEN, null, "SMPN 3 Blitar", valid);
            members.register("KPB-0003", "Sri Wahyuni", "Umum", AgeGroup.ELDERLY, null, null, valid);
            members.register(
                    "KPB-0004", "Rina Kartika", "Mahasiswa", AgeGroup.ADULT, null, "UNISBA", today.minusDays(30));
            members.register("KPB-0005", "Ahmad Fauzi", "Anak", AgeGroup.CHILD, null, "SDN Sananwetan 3", valid);
            members.register("KPB-0006", "Dewi Lestari", "Mahasiswa", AgeGroup.ADULT, null, "UNISBA", valid);
            log.info("Loaded demo members KPB-0001 … KPB-0006 (KPB-0004 has an expired card)");
            // Once, with the members: the dashboard's past eight weeks (extra members KPB-1001 … KPB-1040).
            history.load();
        }
        // Account by account, so an installation that already has its first manager still gets the others.
        demoAccount(
                "kepala",
                "Kepala",
                "Perpustakaan",
                "kepala123",
                List.of(StaffRoles.MANAGERS, StaffRoles.CAMUNDA_ADMIN, "duty-supervisors"));
        demoAccount("anggota", "Layanan", "Keanggotaan", "anggota123", List.of(StaffRoles.LIBRARIANS, "membership"));
        demoAccount(
                "rujukan",
                "Layanan",
                "Referensi",
                "rujukan123",
                List.of(StaffRoles.LIBRARIANS, "reference", "digital-literacy"));
        demoAccount("anak", "Layanan", "Anak", "anak123", List.of(StaffRoles.LIBRARIANS, "children"));
        // The data-protection officer (UU PDP art. 53) decides members' and guests' deletion requests.
        demoAccount(
                "privasi",
                "Petugas",
                "Pelindungan Data",
                "privasi123",
                List.of(StaffRoles.LIBRARIANS, "data-protection"));
        if (workshops.upcoming().isEmpty()) {
            demoWorkshops();
        }
        if (faqs.search(null, null).isEmpty()) {
            faq(
                    Topic.MEMBERSHIP,
                    "Apa syarat membuat kartu anggota?",
                    "Fotokopi KTP atau kartu pelajar dan satu pas foto 3x4. Kartu jadi hari itu juga di meja keanggotaan, gratis.");
            faq(
                    Topic.BOOKS,
                    "Berapa lama buku boleh dipinjam?",
                    "Dua minggu, paling banyak tiga buku. Bisa diperpanjang satu kali di meja sirkulasi atau lewat telepon.");
            faq(
                    Topic.DIGITAL,
                    "Apakah ada Wi-Fi gratis?",
                    "Ada. Nama jaringan dan kata sandinya tertulis di papan dekat meja layanan; berlaku selama jam buka.");
            faq(Topic.CHILDREN, "Kapan ada dongeng untuk anak?", "Setiap Sabtu pukul 09.00 di ruang anak.");
            log.info("Loaded demo FAQ entries");
        }
    }

    /** Three upcoming activities, so the workshop journey can be tried at once (dates from today). */
    private void demoWorkshops() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime tomorrow = now.toLocalDate().plusDays(1).atTime(9, 0);
        LocalDateTime saturday = now.toLocalDate()
                .with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                .atTime(9, 0);
        LocalDateTime bookClub = now.toLocalDate().plusDays(3).atTime(10, 0);
        workshop(
                "Literasi informasi: mencari sumber yang tepercaya",
                "Cara membedakan berita dan hoaks, mencari jurnal dan buku di katalog, dan mengutip dengan benar.",
                WorkshopType.WORKSHOP,
                EnumSet.of(AgeGroup.TEEN, AgeGroup.ADULT),
                20,
                "Universitas Islam Balitar",
                now,
                List.of(new WorkshopDraft.SessionDraft(tomorrow, tomorrow.plusHours(2))));
        workshop(
                "Dongeng anak hari Sabtu",
                "Mendongeng bersama pustakawan anak, lalu mewarnai tokoh cerita.",
                WorkshopType.STORYTIME,
                EnumSet.of(AgeGroup.CHILD),
                15,
                null,
                now,
                List.of(new WorkshopDraft.SessionDraft(saturday, saturday.plusHours(1))));
        // A small series, full quickly: the waitlist and its offers can be tried too.
        workshop(
                "Klub buku: sastra Jawa Timur",
                "Dua pertemuan membahas satu novel; satu pendaftaran untuk keduanya.",
                WorkshopType.BOOK_CLUB,
                EnumSet.of(AgeGroup.ADULT, AgeGroup.ELDERLY),
                2,
                null,
                now,
                List.of(
                        new WorkshopDraft.SessionDraft(bookClub, bookClub.plusHours(2)),
                        new WorkshopDraft.SessionDraft(
                                bookClub.plusDays(7), bookClub.plusDays(7).plusHours(2))));
        log.info("Loaded demo workshops");
    }

    private void workshop(
            String title,
            String description,
            WorkshopType type,
            Set<AgeGroup> audience,
            int capacity,
            String partner,
            LocalDateTime now,
            List<WorkshopDraft.SessionDraft> sessions) {
        List<String> problems = workshops.save(
                null,
                new WorkshopDraft(
                        title,
                        description,
                        type,
                        audience,
                        "Ruang Serbaguna",
                        capacity,
                        now.minusDays(1),
                        sessions.get(0).startsAt(),
                        partner,
                        sessions),
                "kepala");
        if (!problems.isEmpty()) {
            log.warn("Demo workshop {} not loaded: {}", title, problems);
        }
    }

    private void faq(Topic topic, String question, String answer) {
        faqs.publish(topic, question, answer, null, "kepala");
    }

    private void demoAccount(String user, String first, String last, String password, List<String> groups) {
        if (!staff.exists(user)) {
            staff.create(user, first, last, password, groups);
            log.info("Created demo staff account {}", user);
        }
    }
}
