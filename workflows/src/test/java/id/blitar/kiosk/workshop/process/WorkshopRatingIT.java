package id.blitar.kiosk.workshop.process;

import static id.blitar.kiosk.workshop.process.WorkshopTestSupport.guest;
import static id.blitar.kiosk.workshop.process.WorkshopTestSupport.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rating a workshop from the link in the invitation e-mail: the rating becomes an exit-poll answer
 * about the workshop, an unhappy comment a manager's follow-up, and each link counts once.
 */
class WorkshopRatingIT extends DatabaseIT {

    @Autowired
    WorkshopProcess workshopProcess;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopRating workshopRating;

    @Autowired
    Clock clock;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldStoreAnUnhappyRatingAboutTheWorkshopOpenAFollowUpAndRefuseTheLinkTwice() {
        Workshop workshop = workshop(workshops, 10, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        String token = invitedToRate(workshop, "Rahmat Hidayat");

        assertThat(workshopRating.toRate(token)).map(Workshop::getTitle).contains(workshop.getTitle());
        assertThat(workshopRating.rate(token, Mood.UNHAPPY, "  Ruangannya terlalu panas, AC mati  "))
                .isEmpty();

        Map<String, Object> answer = jdbc.queryForMap(
                "select id, process_instance_id, kiosk, mood, service_used, comment, follow_up from poll_answer"
                        + " where workshop_id = ?",
                workshop.getId());
        assertThat(answer.get("kiosk")).isEqualTo(PollProcess.KIOSK_EMAIL);
        assertThat(answer.get("mood")).isEqualTo("UNHAPPY");
        assertThat(answer.get("service_used")).isEqualTo("WORKSHOP");
        assertThat(answer.get("comment")).isEqualTo("Ruangannya terlalu panas, AC mati");
        assertThat(answer.get("follow_up")).isIn(true, 1, (byte) 1);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId((String) answer.get("process_instance_id"))
                        .taskDefinitionKey(PollProcess.TASK_REVIEW_FEEDBACK)
                        .taskCandidateGroup(PollProcess.GROUP_MANAGERS)
                        .count())
                .isEqualTo(1);

        // The link is used up: a second rating (a reload, a forwarded e-mail) stores nothing.
        assertThat(workshopRating.toRate(token)).isEmpty();
        assertThat(workshopRating.rate(token, Mood.VERY_HAPPY, null)).containsExactly("error.rate.link");
        assertThat(answersAbout(workshop)).isEqualTo(1);
    }

    @Test
    void shouldEndAHappyRatingWithoutAFollowUp() {
        Workshop workshop = workshop(workshops, 10, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        String token = invitedToRate(workshop, "Sri Rahayu");

        assertThat(workshopRating.rate(token, Mood.VERY_HAPPY, "")).isEmpty();

        String instance = jdbc.queryForObject(
                "select process_instance_id from poll_answer where workshop_id = ?", String.class, workshop.getId());
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .finished()
                        .count())
                .as("the rating is complete at once, no timer left waiting")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select follow_up from poll_answer where workshop_id = ?", Boolean.class, workshop.getId()))
                .isFalse();
    }

    @Test
    void shouldStoreNothingForBadInputAndKeepTheLinkUsable() {
        Workshop workshop = workshop(workshops, 10, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        String token = invitedToRate(workshop, "Agus Salim");

        assertThat(workshopRating.rate(token, null, "Bagus")).containsExactly("error.poll.mood");
        assertThat(workshopRating.rate(token, Mood.HAPPY, "x".repeat(1001))).containsExactly("error.text.tooLong");
        assertThat(workshopRating.rate("tidak-ada", Mood.HAPPY, null)).containsExactly("error.rate.link");
        assertThat(workshopRating.rate(null, Mood.HAPPY, null)).containsExactly("error.rate.link");
        assertThat(workshopRating.rate("x".repeat(65), Mood.HAPPY, null)).containsExactly("error.rate.link");
        assertThat(answersAbout(workshop)).isZero();

        assertThat(workshopRating.toRate(token)).isPresent();
        assertThat(workshopRating.rate(token, Mood.HAPPY, "Bagus")).isEmpty();
        assertThat(answersAbout(workshop)).isEqualTo(1);
    }

    private String invitedToRate(Workshop workshop, String name) {
        SignUpResult result = workshopProcess.signUp(workshop.getId(), guest(name));
        assertThat(result).isInstanceOf(SignUpResult.Confirmed.class);
        return workshops.inviteToFeedback(((SignUpResult.Confirmed) result).registrationId());
    }

    private long answersAbout(Workshop workshop) {
        return jdbc.queryForObject(
                "select count(*) from poll_answer where workshop_id = ?", Long.class, workshop.getId());
    }
}
