package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.blitar.kiosk.question.process.QuestionShifts;
import id.blitar.kiosk.server.ServerIT;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole ask-a-librarian loop in separate browsers: a visitor asks at the kiosk, the signed-in
 * librarian's worklist shows the question without a reload, the librarian claims it and calls the
 * number, the board shows it, the outcome is recorded; a question answered later reaches the visitor
 * through a real (in-process) SMTP server.
 */
class AskAtTheDeskBrowserIT extends ServerIT {

    @Autowired
    QuestionShifts questionShifts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openAllDay() {
        jdbc.update("update opening_hours set opens_at = '00:00:00', closes_at = '23:59:59', closed = false");
    }

    @AfterEach
    void restore() {
        jdbc.update("update opening_hours set opens_at = '08:00:00', closes_at = '20:00:00' where day_of_week <= 5");
        jdbc.update("update opening_hours set opens_at = '08:00:00', closes_at = '15:00:00' where day_of_week > 5");
        questionShifts.endShift("rujukan");
    }

    @Test
    void shouldBringAKioskQuestionToTheLibrarianTheBoardAndTheVisitorsMailbox() throws Exception {
        String word = "kolam" + UUID.randomUUID().toString().substring(0, 4);
        try (Browser staff = new Browser(1366, 900);
                Browser board = new Browser(1920, 1080);
                Browser kiosk = new Browser(1080, 1920)) {
            new StaffViewElement(staff).signIn(url(""), "rujukan", "rujukan123");
            WorklistViewElement worklist = new WorklistViewElement(staff).waitUntilShown();
            BoardViewElement wall = new BoardViewElement(board).open(url(""));

            // The visitor waits for a librarian.
            AskViewElement ask =
                    new AttractViewElement(kiosk).open(url("")).ask().start().topic("books");
            ask.typeWithKeyboard("Buku tentang " + word + " ikan?").next().skipCard();
            String number = ask.waitHere().title();
            long walkIn = idOf("Buku tentang " + word + " ikan?");

            worklist.waitForGroupTask(walkIn);
            assertThat(worklist.walkInAlert()).contains(number);
            worklist.claim(walkIn);
            worklist.waitForMyTask(walkIn);
            worklist.selectDesk("Meja 2");
            worklist.call(walkIn);
            wall.waitForCall(number, "Meja 2");
            board.screenshot("99-board-called-from-kiosk");
            worklist.answeredAtDesk(walkIn);
            wall.waitUntilGone(number);
            assertThat(jdbc.queryForObject("select outcome from question where id = ?", String.class, walkIn))
                    .isEqualTo("ANSWERED_AT_DESK");

            // Another visitor wants the answer by e-mail.
            ask = new AskViewElement(kiosk).open(url("")).start().topic("research");
            ask.typeWithKeyboard("Sejarah " + word + " di Blitar?").next().skipCard();
            ask.email().typeEmail("penanya@example.org").sendEmail();
            long ticket = idOf("Sejarah " + word + " di Blitar?");
            worklist.waitForGroupTask(ticket);
            worklist.claim(ticket);
            worklist.answerTicket(ticket, "Ada di rak lokal 959.8, dan arsip koran di lantai 2.");
            worklist.waitUntilNotMine(ticket);
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() ->
                        Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> to(m).equals("penanya@example.org")));
        MimeMessage answer = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> to(m).equals("penanya@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(answer)).contains("rak lokal 959.8").contains(word);
        assertThat(jdbc.queryForObject(
                        "select outcome from question where text = ?", String.class, "Sejarah " + word + " di Blitar?"))
                .isEqualTo("ANSWERED_BY_EMAIL");
    }

    private long idOf(String text) {
        return jdbc.queryForObject("select id from question where text = ?", Long.class, text);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
