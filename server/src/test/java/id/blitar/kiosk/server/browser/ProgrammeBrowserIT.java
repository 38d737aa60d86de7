package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.process.SignUp;
import id.blitar.kiosk.workshop.process.SignUpResult;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workshop programme in real browsers: a manager publishes a two-session workshop (a bad value
 * first), sees it listed, opens its registrations and cancels it; a librarian reaches the same
 * screen; an attendee rates a workshop on a phone from the invitation link, once.
 */
class ProgrammeBrowserIT extends ServerIT {

    @Autowired
    WorkshopProcess workshopProcess;

    @Autowired
    WorkshopService workshops;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldPublishListShowRegistrationsAndCancelAWorkshop() {
        String title = "Literasi digital " + UUID.randomUUID().toString().substring(0, 5);
        LocalDate day = LocalDateTime.now(clock).toLocalDate().plusDays(10);
        LocalDateTime first = day.atTime(9, 0);
        LocalDateTime second = day.plusDays(7).atTime(9, 0);

        long workshopId;
        try (Browser manager = new Browser(1366, 900)) {
            ProgrammeViewElement programme = new StaffViewElement(manager)
                    .signIn(url(""), "kepala", "kepala123")
                    .openProgramme();
            manager.checkAndScreenshot("90-programme-list");

            programme.openNewForm();
            programme.type("workshop-title", title);
            programme.type("workshop-description", "Mengenali berita bohong dan mencari sumber tepercaya.");
            programme.choose("workshop-type", "Pelatihan / workshop");
            programme.check("workshop-audience", "Remaja");
            programme.check("workshop-audience", "Dewasa");
            programme.type("workshop-room", "Ruang Serbaguna");
            programme.type("workshop-capacity", "0");
            programme.dateTime(
                    "workshop-opens",
                    LocalDateTime.now(clock).minusDays(1).withHour(8).withMinute(0));
            // Typed the Indonesian way: day/month without leading zeros, the time with a dot.
            LocalDateTime closes = first.minusDays(1).withHour(16).withMinute(0);
            programme.dateTime(
                    "workshop-closes",
                    closes.getDayOfMonth() + "/" + closes.getMonthValue() + "/" + closes.getYear(),
                    "16.00");
            programme.type("workshop-partner", "Universitas Islam Balitar");
            programme.session(1, first, first.plusHours(2));
            programme.addSession();
            programme.session(2, second, second.plusHours(2));
            programme.save();

            programme.waitForProblems("Kapasitas");
            assertThat(programme.problems()).contains("Kapasitas harus antara 1 dan 1000 kursi");
            assertThat(jdbc.queryForObject("select count(*) from workshop where title = ?", Long.class, title))
                    .as("nothing stored while there are problems")
                    .isZero();
            manager.checkAndScreenshot("91-programme-form-problem");

            programme.type("workshop-capacity", "20");
            programme.save();
            programme.waitUntilFormClosed();

            workshopId = Long.parseLong(programme.row(title).getDomAttribute("data-workshop-id"));
            Map<String, Object> stored = jdbc.queryForMap(
                    "select type, audience, capacity, room, partner, starts_at, ends_at from workshop where id = ?",
                    workshopId);
            assertThat(stored.get("type")).isEqualTo("WORKSHOP");
            assertThat(stored.get("audience")).isEqualTo("ADULT,TEEN");
            assertThat(((Number) stored.get("capacity")).intValue()).isEqualTo(20);
            assertThat(stored.get("partner")).isEqualTo("Universitas Islam Balitar");
            assertThat(jdbc.queryForObject(
                            "select registration_closes_at from workshop where id = ?",
                            LocalDateTime.class,
                            workshopId))
                    .as("typed as d/M/yyyy and 16.00")
                    .isEqualTo(closes);
            assertThat(workshops.sessionsOf(workshopId))
                    .extracting(s -> s.getStartsAt())
                    .containsExactly(first, second);
            assertThat(programme.row(title).getText()).contains("2", "Ruang Serbaguna", "20");

            // Two people sign up at a kiosk; the list and the registrations show them.
            assertThat(workshopProcess.signUp(workshopId, guest("Rina Kartika")))
                    .isInstanceOf(SignUpResult.Confirmed.class);
            assertThat(workshopProcess.signUp(workshopId, guest("Bambang Sutrisno")))
                    .isInstanceOf(SignUpResult.Confirmed.class);
            programme.open(url(""));
            assertThat(programme.taken(workshopId)).isEqualTo("2");
            manager.screenshot("92-programme-listed");

            // Changed later: the form comes back filled in, both sessions included.
            programme.clickInRow(workshopId, "workshop-edit");
            assertThat(programme.value("workshop-title")).isEqualTo(title);
            assertThat(programme.sessionCount()).isEqualTo(2);
            programme.type("workshop-room", "Aula Lantai 2");
            manager.checkAndScreenshot("92b-programme-form-edit");
            programme.save();
            programme.waitUntilFormClosed();
            programme.waitForList("Aula Lantai 2");
            assertThat(workshops.sessionsOf(workshopId)).hasSize(2);

            programme.clickInRow(workshopId, "workshop-registrations");
            assertThat(programme.waitForRegistrations("Rina Kartika")).contains("Bambang Sutrisno", "Dapat kursi");
            manager.checkAndScreenshot("93-programme-registrations");
            programme.closeRegistrations();

            programme.clickInRow(workshopId, "workshop-cancel");
            assertThat(programme.cancelQuestion()).contains(title, "2 pendaftar");
            manager.checkAndScreenshot("94-programme-cancel-confirm");
            programme.confirmCancel();
            programme.waitForList("Dibatalkan");
            assertThat(jdbc.queryForObject("select status from workshop where id = ?", String.class, workshopId))
                    .isEqualTo("CANCELLED");
            assertThat(manager.pageText()).doesNotContain("!programme");
            manager.checkAndScreenshot("95-programme-cancelled");
        }

        try (Browser librarian = new Browser(1366, 900)) {
            ProgrammeViewElement programme = new StaffViewElement(librarian)
                    .signIn(url(""), "rujukan", "rujukan123")
                    .openProgramme();
            assertThat(programme.rowText(workshopId)).contains(title, "Dibatalkan");
        }
    }

    @Test
    void shouldRateAWorkshopOnAPhoneOnce() {
        LocalDateTime start = LocalDateTime.now(clock)
                .plusDays(2)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        String title = "Dongeng Sabtu " + UUID.randomUUID().toString().substring(0, 5);
        Workshop workshop = workshops.store(
                null,
                new WorkshopDraft(
                        title,
                        null,
                        WorkshopType.STORYTIME,
                        EnumSet.of(AgeGroup.CHILD),
                        "Ruang Anak",
                        15,
                        LocalDateTime.now(clock).minusDays(1),
                        start,
                        null,
                        List.of(new WorkshopDraft.SessionDraft(start, start.plusHours(1)))),
                "kepala");
        var signedUp = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), guest("Ani Susanti"));
        String token = workshops.inviteToFeedback(signedUp.registrationId());
        String comment = "Ruangannya panas " + UUID.randomUUID().toString().substring(0, 4);

        try (Browser phone = phone()) {
            RateWorkshopViewElement rate = new RateWorkshopViewElement(phone).open(url(""), token);
            assertThat(rate.workshop()).isEqualTo(title);
            phone.checkAndScreenshot("96-rate-form");

            rate.send().waitForProblem("Pilih");
            rate.mood("unhappy");
            assertThat(rate.moodPressed("unhappy")).isEqualTo("true");
            rate.comment(comment);
            phone.checkAndScreenshot("97-rate-chosen");
            rate.send().waitForThanks();
            phone.checkAndScreenshot("98-rate-thanks");

            Map<String, Object> answer = jdbc.queryForMap(
                    "select mood, kiosk, service_used, comment, follow_up from poll_answer where workshop_id = ?",
                    workshop.getId());
            assertThat(answer.get("mood")).isEqualTo("UNHAPPY");
            assertThat(answer.get("kiosk")).isEqualTo("E-mail");
            assertThat(answer.get("service_used")).isEqualTo("WORKSHOP");
            assertThat(answer.get("comment")).isEqualTo(comment);
            assertThat(answer.get("follow_up")).isIn(true, 1, (byte) 1);

            new RateWorkshopViewElement(phone).open(url(""), token).waitForGone();
            assertThat(phone.pageText()).contains("sudah tidak berlaku");
            phone.checkAndScreenshot("99-rate-used");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from poll_answer where workshop_id = ?", Long.class, workshop.getId()))
                .isEqualTo(1);
    }

    /**
     * A phone's viewport (390×844, mobile): headless Chromium keeps its window at least 500 px wide, so
     * the size is emulated rather than set.
     */
    private static Browser phone() {
        Browser browser = new Browser(500, 844);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return browser;
    }

    private static SignUp guest(String name) {
        String mail = name.toLowerCase().replace(' ', '.') + "."
                + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        return SignUp.guest(name, null, mail, true, "Kios kegiatan");
    }
}
