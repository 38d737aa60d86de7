package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The exit kiosk in a real browser: one tap, then a card that checks the visitor out and leads to a
 * question about the service they used, an SKM item, a chip and a comment; a rapid second tap is
 * not counted; the unhappy comment reaches the manager, whose action appears on the attract screen.
 */
class ExitPollBrowserIT extends ServerIT {

    @Autowired
    MemberService members;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    QuestionProcess questionProcess;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldTakeAPollAtTheExitAndCloseTheLoopThroughTheManager() {
        String card = "EXIT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        members.register(
                card,
                "Dewi Lestari",
                "Mahasiswa",
                AgeGroup.ADULT,
                null,
                null,
                LocalDate.now(clock).plusYears(1));
        visitProcess.checkInMember(card, "Pintu masuk");
        questionProcess.ask(
                new NewQuestion(Topic.BOOKS, "Ada novel Ahmad Tohari?", card, Channel.PICK_UP, null, "Kios"));
        String comment =
                "Kursi ruang baca rusak " + UUID.randomUUID().toString().substring(0, 4);

        try (Browser kiosk = new Browser(1080, 1920)) {
            AttractViewElement exit =
                    new AttractViewElement(kiosk).open(url(""), "exit").waitForPoll();
            kiosk.checkAndScreenshot("70-exit-attract-poll");

            PollViewElement poll = exit.tapMood("unhappy");
            kiosk.checkAndScreenshot("71-exit-poll-card");
            poll.scanCard(card);

            poll.rateService(2).rateSkmItem(3).improve("facilities").comment(comment);
            kiosk.checkAndScreenshot("72-exit-poll-more");

            ResultElement thanks = poll.send();
            assertThat(thanks.title()).contains("Terima kasih");
            assertThat(thanks.text()).contains("Dewi");
            kiosk.screenshot("73-exit-poll-thanks");

            Map<String, Object> row = jdbc.queryForMap(
                    "select id, mood, follow_up, service_used, service_score, improvements, visit_id from poll_answer"
                            + " where comment = ?",
                    comment);
            assertThat(row.get("mood")).isEqualTo("UNHAPPY");
            assertThat(row.get("follow_up")).isIn(true, 1, (byte) 1);
            assertThat(row.get("service_used")).isEqualTo("ASK_LIBRARIAN");
            assertThat(((Number) row.get("service_score")).intValue()).isEqualTo(2);
            assertThat(row.get("improvements")).isEqualTo("FACILITIES");
            assertThat(jdbc.queryForObject(
                            "select checked_out_at is not null from visit where id = ?",
                            Boolean.class,
                            row.get("visit_id")))
                    .as("the card scan checked the visitor out")
                    .isTrue();
            assertThat(jdbc.queryForObject(
                            "select count(*) from skm_answer where poll_id = ?", Long.class, row.get("id")))
                    .isEqualTo(1);

            // A visitor who taps again and again: back on the attract screen, a second tap at once.
            thanks.dismiss();
            exit.waitForPoll();
            long answers = jdbc.queryForObject("select count(*) from poll_answer", Long.class);
            long filtered = jdbc.queryForObject("select count(*) from poll_filtered_tap", Long.class);
            assertThat(exit.tapMoodAgain("very-happy").title()).contains("Terima kasih");
            assertThat(jdbc.queryForObject("select count(*) from poll_answer", Long.class))
                    .isEqualTo(answers);
            assertThat(jdbc.queryForObject("select count(*) from poll_filtered_tap", Long.class))
                    .isEqualTo(filtered + 1);
            kiosk.screenshot("74-exit-poll-repeat-tap-thanked-not-counted");
        }

        String weDid = "Kursi baru dipasang " + UUID.randomUUID().toString().substring(0, 4);
        try (Browser manager = new Browser(1366, 900)) {
            SatisfactionViewElement satisfaction = new StaffViewElement(manager)
                    .signIn(url(""), "kepala", "kepala123")
                    .openSatisfaction();
            WebElement followUp = satisfaction.followUp(comment);
            assertThat(satisfaction.ikm()).isNotEqualTo("–");
            manager.screenshot("75-satisfaction-view");
            satisfaction.recordAndPublish(followUp, "Kursi diganti hari Senin", "Kursi ruang baca rusak", weDid);
            satisfaction.waitForPublishedAction(weDid);
            manager.screenshot("76-satisfaction-after-review");
        }

        try (Browser kiosk = new Browser(1080, 1920)) {
            new AttractViewElement(kiosk).open(url(""), "entrance").waitForFeedbackAction(weDid);
            kiosk.checkAndScreenshot("77-attract-you-said-we-did");
        }
    }
}
