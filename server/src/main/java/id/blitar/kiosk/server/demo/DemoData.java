package id.blitar.kiosk.server.demo;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.server.security.StaffAccounts;
import id.blitar.kiosk.server.security.StaffRoles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final QuestionProcess questions;
    private final Clock clock;

    DemoData(MemberService members, StaffAccounts staff, QuestionProcess questions, Clock clock) {
        this.members = members;
        this.staff = staff;
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
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
        if (questions.faq(null, null).isEmpty()) {
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

    private void faq(Topic topic, String question, String answer) {
        questions.publishFaq(topic, question, answer, null, "kepala");
    }

    private void demoAccount(String user, String first, String last, String password, List<String> groups) {
        if (!staff.exists(user)) {
            staff.create(user, first, last, password, groups);
            log.info("Created demo staff account {}", user);
        }
    }
}
