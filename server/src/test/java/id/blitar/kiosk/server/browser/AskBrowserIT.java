package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionShifts;
import id.blitar.kiosk.question.service.FaqCatalogue;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Tanya pustakawan" at the kiosk in a real browser: the FAQ, a walk-in with a queue number linked to
 * the visitor's visit, an e-mailed answer with a bad address refused first, and a question forgotten
 * when the visitor walks away. Portrait and landscape; axe-core on every step.
 */
class AskBrowserIT extends ServerIT {

    private static final List<String> DEMO_STAFF = List.of("kepala", "anggota", "rujukan", "anak");

    @Autowired
    QuestionShifts questionShifts;

    @Autowired
    FaqCatalogue faqCatalogue;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void openAllDayWithNobodyOnShift() {
        // The kiosk offers "wait here" only while the library is open and a librarian is on shift.
        jdbc.update("update opening_hours set opens_at = '00:00:00', closes_at = '23:59:59', closed = false");
        DEMO_STAFF.forEach(questionShifts::endShift);
    }

    @AfterEach
    void restore() {
        jdbc.update("update opening_hours set opens_at = '08:00:00', closes_at = '20:00:00' where day_of_week <= 5");
        jdbc.update("update opening_hours set opens_at = '08:00:00', closes_at = '15:00:00' where day_of_week > 5");
        DEMO_STAFF.forEach(questionShifts::endShift);
    }

    @Test
    void shouldGiveAWaitingVisitorAQueueNumberAndLinkTheQuestionToTheirVisit() {
        String word = "Wayang" + UUID.randomUUID().toString().substring(0, 5);
        faqCatalogue.publish(
                Topic.BOOKS, "Di mana buku " + word + "?", "Di rak 700, lantai 2, dekat jendela.", null, "rujukan");
        String card = "ASK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        members.register(
                card,
                "Sri Wahyuni",
                "Umum",
                AgeGroup.ELDERLY,
                null,
                null,
                LocalDate.now(clock).plusYears(1));
        long visitId = ((CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk")).visitId();
        questionShifts.startShift("rujukan");

        try (Browser browser = new Browser(1080, 1920)) {
            browser.open(url("/"));
            AskViewElement ask =
                    new AttractViewElement(browser).waitUntilShown().ask();
            assertThat(ask.openFaq(word)).contains("Di rak 700, lantai 2");
            browser.checkAndScreenshot("60-ask-faq");

            ask.start();
            browser.checkAndScreenshot("61-ask-topics");
            ask.topic("books");
            assertThat(ask.shiftState()).as("a sentence starts with a capital").isEqualTo("once");
            // Typed case is kept: "AC" stays "AC" (it was stored as "Ac").
            ask.typeOnScreen("Ada buku di ruang AC").typeWithKeyboard(" tentang sejarah Blitar?");
            assertThat(ask.questionText()).isEqualTo("Ada buku di ruang AC tentang sejarah Blitar?");
            assertThat(ask.counter()).contains("44").contains("1000");
            browser.checkAndScreenshot("62-ask-text");

            ask.next().cardStep().scan(card);
            assertThat(ask.walkInOffered()).isTrue();
            browser.checkAndScreenshot("63-ask-channel");

            ResultElement result = ask.waitHere();
            assertThat(result.title()).matches("A-\\d{3}");
            assertThat(result.text()).contains("dipanggil");
            browser.checkAndScreenshot("64-ask-queue-number");

            Map<String, Object> row = jdbc.queryForMap(
                    "select text, channel, visit_id, queue_number, candidate_group, age_group from question where text = ?",
                    "Ada buku di ruang AC tentang sejarah Blitar?");
            // The database compares without case: the stored text itself must keep the capitals.
            assertThat(row.get("text")).isEqualTo("Ada buku di ruang AC tentang sejarah Blitar?");
            assertThat(row.get("channel")).isEqualTo("WALK_IN");
            assertThat(((Number) row.get("visit_id")).longValue()).isEqualTo(visitId);
            assertThat(row.get("queue_number")).isEqualTo(result.title());
            assertThat(row.get("candidate_group")).isEqualTo("reference");
            assertThat(row.get("age_group")).isEqualTo("ELDERLY");
        } finally {
            visitProcess.checkOut(card, "Pintu keluar");
        }
    }

    @Test
    void shouldTakeAQuestionForAnEmailedAnswerAfterRefusingABadAddress() {
        try (Browser browser = new Browser(1920, 1080)) {
            AttractViewElement attract = new AttractViewElement(browser).open(url(""), "reference");
            assertThat(attract.askButtonClass()).contains("kiosk-journey-primary");
            browser.checkAndScreenshot("65-ask-reference-attract-landscape");
            AskViewElement ask = attract.ask().start().topic("digital");

            ask.next();
            assertThat(ask.questionError()).contains("kosong");
            ask.typeWithKeyboard("Bagaimana cara mengisi formulir CPNS online?")
                    .next()
                    .skipCard();
            assertThat(ask.walkInOffered())
                    .as("nobody of digital-literacy is on shift")
                    .isFalse();
            assertThat(ask.walkInHint()).contains("belum ada pustakawan");
            browser.checkAndScreenshot("66-ask-channel-no-librarian-landscape");

            long before = jdbc.queryForObject("select count(*) from question", Long.class);
            ask.email().typeEmail("siti@").sendEmailExpectingProblem();
            assertThat(ask.emailError()).contains("tidak lengkap");
            assertThat(jdbc.queryForObject("select count(*) from question", Long.class))
                    .isEqualTo(before);
            browser.checkAndScreenshot("67-ask-email-landscape");

            ResultElement result = ask.typeEmail("siti.aminah@example.org").sendEmail();
            assertThat(result.title()).contains("tercatat");
            assertThat(result.text()).containsPattern("T-\\d+").contains("e-mail");
            browser.screenshot("68-ask-ticket-landscape");
            Map<String, Object> row = jdbc.queryForMap(
                    "select channel, email, candidate_group, kiosk from question where text = ?",
                    "Bagaimana cara mengisi formulir CPNS online?");
            assertThat(row.get("channel")).isEqualTo("EMAIL");
            assertThat(row.get("email")).isEqualTo("siti.aminah@example.org");
            assertThat(row.get("candidate_group")).isEqualTo("digital-literacy");
        } finally {
            try (Browser reset = new Browser(1080, 1920)) {
                reset.open(url("/?mode=entrance"));
            }
        }
    }

    @Test
    void shouldForgetAHalfTypedQuestionWhenTheVisitorWalksAway() {
        try (Browser browser = new Browser(1080, 1920)) {
            browser.open(url("/"));
            AskViewElement ask = new AttractViewElement(browser)
                    .waitUntilShown()
                    .ask()
                    .start()
                    .topic("other");
            ask.typeWithKeyboard("Nomor HP saya 0812 rahasia");

            new KioskFrameElement(browser).waitForIdleQuestion();
            new AttractViewElement(browser).waitUntilShown();

            assertThat(browser.driver().getPageSource())
                    .doesNotContain("rahasia")
                    .doesNotContain("0812");
            assertThat(jdbc.queryForObject("select count(*) from question where text like '%rahasia%'", Long.class))
                    .isZero();
        }
    }
}
