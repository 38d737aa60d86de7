package id.blitar.kiosk.workshop.process;

import static id.blitar.kiosk.workshop.process.WorkshopTestSupport.guest;
import static id.blitar.kiosk.workshop.process.WorkshopTestSupport.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.base.ModelCoverage;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.service.TicketCodes;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code bpmn/workshop-registration.bpmn}: seats and tickets, the waitlist with offers
 * that are taken or expire, reminders, cancellation, attendance at the door, no-shows, feedback
 * invitations and a cancelled workshop — timers driven by executing their jobs, e-mails received by
 * an in-process SMTP server.
 */
class WorkshopProcessIT extends DatabaseIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "localhost", "smtp"));

    private static final ModelCoverage coverage = new ModelCoverage(WorkshopProcess.KEY, "WorkshopProcessIT");

    @Autowired
    ProcessEngine engine;

    @Autowired
    WorkshopProcess workshopProcess;

    @Autowired
    WorkshopService workshops;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void init() {
        coverage.use(engine);
    }

    @AfterAll
    static void shouldHaveWalkedEveryElementOfTheModel() {
        coverage.assertEveryElementWalked();
    }

    @Test
    void shouldGiveATicketRemindTheDayBeforeAdmitAtTheDoorAndInviteToRate() throws Exception {
        Workshop workshop = workshop(workshops, 10, LocalDateTime.now(clock).plusDays(3), Duration.ofHours(2));
        String card = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        members.register(
                card,
                "Budi Santoso",
                "Pelajar",
                AgeGroup.TEEN,
                "budi@example.org",
                null,
                LocalDateTime.now(clock).toLocalDate().plusYears(1));

        var confirmed = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), SignUp.member(card, "Kios"));

        assertThat(TicketCodes.parse(confirmed.ticketCode())).contains(confirmed.ticketCode());
        ProcessInstance instance = instanceOf(confirmed.registrationId());
        assertThat(instance)
                .hasPassed(WorkshopProcess.TASK_RESERVE_SEAT, WorkshopProcess.TASK_ISSUE_TICKET)
                .isWaitingAt(WorkshopProcess.EVENT_DAY_BEFORE);
        assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                .isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariables(instance.getId()).values())
                .as("no name or contact in the process")
                .noneMatch(v ->
                        String.valueOf(v).contains("Budi") || String.valueOf(v).contains("@"));

        execute(instance); // the day before
        execute(instance); // the reminder e-mail (asynchronous)
        assertThat(instance)
                .hasPassed(WorkshopProcess.TASK_SEND_REMINDER)
                .isWaitingAt(WorkshopProcess.EVENT_WORKSHOP_OVER);
        MimeMessage reminder = smtp.getReceivedMessages()[0];
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("budi@example.org");
        assertThat(GreenMailUtil.getBody(reminder)).contains(confirmed.ticketCode());

        assertThat(workshopProcess.scanTicket(TicketCodes.qrPayload(confirmed.ticketCode()), "Ruang"))
                .as("not before the doors open")
                .isInstanceOf(TicketResult.NotNow.class);
        moveWorkshopTo(workshop, LocalDateTime.now(clock).plusMinutes(20));
        assertThat(workshopProcess.scanTicket(TicketCodes.qrPayload(confirmed.ticketCode()), "Ruang"))
                .isEqualTo(new TicketResult.Admitted("Budi", workshop.getTitle(), true));
        assertThat(workshopProcess.scanTicket(
                        confirmed.ticketCode().toLowerCase().replace("-", ""), "Ruang"))
                .as("a second scan counts once")
                .isEqualTo(new TicketResult.Admitted("Budi", workshop.getTitle(), false));
        assertThat(workshopProcess.scanTicket("]C0" + card + "\r\n", "Ruang", workshop.getId()))
                .as("the member's card at the door, as a scanner with an AIM prefix sends it")
                .isEqualTo(new TicketResult.Admitted("Budi", workshop.getTitle(), false));
        assertThat(workshopProcess.scanTicket("*" + confirmed.ticketCode() + "*", "Ruang"))
                .as("Code 39 framing around a typed ticket code")
                .isEqualTo(new TicketResult.Admitted("Budi", workshop.getTitle(), false));
        assertThat(jdbc.queryForObject(
                        "select count(*) from attendance where registration_id = ?",
                        Long.class,
                        confirmed.registrationId()))
                .isEqualTo(1);
        Workshop otherRoom = workshop(workshops, 5, LocalDateTime.now(clock).plusMinutes(10), Duration.ofHours(1));
        assertThat(workshops.underWayNow()).extracting(Workshop::getId).contains(workshop.getId(), otherRoom.getId());
        assertThat(workshopProcess.scanTicket(confirmed.ticketCode(), "Ruang B", otherRoom.getId()))
                .as("at the door of another workshop under way at the same time")
                .isEqualTo(new TicketResult.OtherWorkshop(workshop.getTitle()));
        assertThat(instance).hasPassed(WorkshopProcess.TASK_RECORD_ATTENDANCE);

        execute(instance); // the workshop is over
        execute(instance); // the invitation to rate it (asynchronous)

        assertThat(instance)
                .hasPassed(WorkshopProcess.TASK_INVITE_FEEDBACK, WorkshopProcess.END_ATTENDED)
                .isEnded();
        Registration done = workshops.registration(confirmed.registrationId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(done.getFeedbackToken()).isNotNull();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getBody))
                .anySatisfy(body -> assertThat(body).contains("/nilai-kegiatan/" + done.getFeedbackToken()));
    }

    @Test
    void shouldRecordANoShowWithoutAReminderWhenTheWorkshopIsWithinADay() {
        Workshop workshop = workshop(workshops, 5, LocalDateTime.now(clock).plusHours(5), Duration.ofHours(1));
        var confirmed = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), guest("Rina Kartika"));
        ProcessInstance instance = instanceOf(confirmed.registrationId());
        assertThat(instance).isWaitingAt(WorkshopProcess.EVENT_WORKSHOP_OVER);

        execute(instance);

        assertThat(instance)
                .hasPassed(WorkshopProcess.END_NO_SHOW)
                .hasNotPassed(WorkshopProcess.TASK_SEND_REMINDER)
                .isEnded();
        assertThat(workshops
                        .registration(confirmed.registrationId())
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(RegistrationStatus.NO_SHOW);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void shouldOfferAFreedSeatToTheFirstWaitingWhoTakesItByTheLinkInTheEmail() throws Exception {
        Workshop workshop = workshop(workshops, 1, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        var first = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), guest("Siti Aminah"));
        var second = (SignUpResult.Waitlisted) workshopProcess.signUp(workshop.getId(), guest("Dewi Lestari"));
        var third = (SignUpResult.Waitlisted) workshopProcess.signUp(workshop.getId(), guest("Sri Wahyuni"));
        assertThat(second.waitingBefore()).isZero();
        assertThat(third.waitingBefore()).isEqualTo(1);
        ProcessInstance firstInstance = instanceOf(first.registrationId());
        ProcessInstance secondInstance = instanceOf(second.registrationId());
        ProcessInstance thirdInstance = instanceOf(third.registrationId());
        assertThat(secondInstance)
                .hasPassed(WorkshopProcess.GATEWAY_SEAT_RESERVED)
                .isWaitingAt(WorkshopProcess.EVENT_SEAT_OFFERED);

        assertThat(workshopProcess.cancelWithTicket("ZZZZZ-ZZZZZ")).isInstanceOf(TicketResult.Unknown.class);
        assertThat(workshopProcess.cancelWithTicket(first.ticketCode()))
                .isEqualTo(new TicketResult.Cancelled(workshop.getTitle()));

        assertThat(firstInstance)
                .hasPassed(WorkshopProcess.TASK_RELEASE_SEAT, WorkshopProcess.END_CANCELLED)
                .isEnded();
        Registration offered = workshops.registration(second.registrationId()).orElseThrow();
        assertThat(offered.getStatus()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(offered.getOfferExpiresAt())
                .as("held for the configured 24 hours")
                .isAfter(LocalDateTime.now(clock).plusHours(23))
                .isBefore(LocalDateTime.now(clock).plusHours(25));
        assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                .as("the seat is held for the offer")
                .isEqualTo(1);
        assertThat(thirdInstance).isWaitingAt(WorkshopProcess.EVENT_SEAT_OFFERED);
        run(secondInstance, WorkshopProcess.TASK_SEND_OFFER); // the offer e-mail (asynchronous)
        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]);
        assertThat(body).contains("/tawaran/" + offered.getOfferToken());

        TicketResult taken = workshopProcess.acceptOffer(offered.getOfferToken());

        assertThat(taken).isInstanceOf(TicketResult.OfferTaken.class);
        assertThat(secondInstance)
                .hasPassed(WorkshopProcess.EVENT_OFFER_ACCEPTED, WorkshopProcess.TASK_ISSUE_TICKET)
                .isWaitingAt(WorkshopProcess.EVENT_DAY_BEFORE);
        assertThat(workshops.registration(second.registrationId()).orElseThrow().getTicketCode())
                .isEqualTo(((TicketResult.OfferTaken) taken).ticketCode());
        assertThat(workshopProcess.acceptOffer(offered.getOfferToken()))
                .as("a link works once")
                .isInstanceOf(TicketResult.Unknown.class);

        workshopProcess.cancelWithTicket(((TicketResult.OfferTaken) taken).ticketCode());
        workshopProcess.cancelWithTicket(((TicketResult.OfferTaken) taken).ticketCode());
        assertThat(workshops.registration(third.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFERED);
        workshopProcess.cancelWithCard(workshop.getId(), "NO-SUCH-CARD");
        // The third person leaves while holding the offer: nobody waits any more, the seat is free again.
        assertThat(engine.getRuntimeService()
                        .createMessageCorrelation(WorkshopProcess.MESSAGE_REGISTRATION_CANCELLED)
                        .processInstanceId(thirdInstance.getId())
                        .correlateWithResult())
                .isNotNull();
        assertThat(thirdInstance)
                .hasPassed(WorkshopProcess.TASK_LEAVE_WAITLIST, WorkshopProcess.END_LEFT_WAITLIST)
                .isEnded();
        assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                .isZero();
    }

    @Test
    void shouldPassAnExpiredOfferToTheNextPersonAndCloseTheWaitlistWhenTheWorkshopStarts() {
        Workshop workshop = workshop(workshops, 1, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        var first = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), guest("Ahmad Fauzi"));
        var second = (SignUpResult.Waitlisted) workshopProcess.signUp(workshop.getId(), guest("Rina Kartika"));
        var third = (SignUpResult.Waitlisted) workshopProcess.signUp(workshop.getId(), guest("Budi Santoso"));
        ProcessInstance secondInstance = instanceOf(second.registrationId());
        ProcessInstance thirdInstance = instanceOf(third.registrationId());
        instanceOf(first.registrationId());
        workshopProcess.cancelWithTicket(first.ticketCode());
        run(secondInstance, WorkshopProcess.TASK_SEND_OFFER); // the offer e-mail

        Job expiry = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(secondInstance.getId())
                .activityId(WorkshopProcess.EVENT_OFFER_EXPIRED)
                .singleResult();
        engine.getManagementService().executeJob(expiry.getId());

        assertThat(secondInstance)
                .hasPassed(WorkshopProcess.TASK_EXPIRE_OFFER, WorkshopProcess.END_OFFER_NOT_TAKEN)
                .isEnded();
        assertThat(workshops.registration(second.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFER_EXPIRED);
        assertThat(workshops.registration(third.registrationId()).orElseThrow().getStatus())
                .as("the next person gets the seat offered")
                .isEqualTo(RegistrationStatus.OFFERED);

        Job start = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(thirdInstance.getId())
                .activityId(WorkshopProcess.EVENT_WAITLIST_CLOSED)
                .singleResult();
        engine.getManagementService().executeJob(start.getId());

        assertThat(thirdInstance).hasPassed(WorkshopProcess.END_WAITLIST_CLOSED).isEnded();
        assertThat(workshops.registration(third.registrationId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.WAITLIST_CLOSED);
        assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                .isZero();
    }

    @Test
    void shouldTellEveryoneWhenTheLibraryCancelsTheWorkshop() {
        Workshop workshop = workshop(workshops, 1, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        var confirmed = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), guest("Siti Aminah"));
        var waiting = (SignUpResult.Waitlisted) workshopProcess.signUp(workshop.getId(), guest("Dewi Lestari"));
        ProcessInstance a = instanceOf(confirmed.registrationId());
        ProcessInstance b = instanceOf(waiting.registrationId());

        workshopProcess.cancelWorkshop(workshop.getId());
        execute(a);
        execute(b);

        assertThat(a)
                .hasPassed(WorkshopProcess.TASK_NOTIFY_WORKSHOP_CANCELLED, WorkshopProcess.END_WORKSHOP_CANCELLED)
                .isEnded();
        assertThat(b).hasPassed(WorkshopProcess.END_WORKSHOP_CANCELLED).isEnded();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(workshops
                        .registration(confirmed.registrationId())
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(RegistrationStatus.WORKSHOP_CANCELLED);
        assertThat(workshopProcess.signUp(workshop.getId(), guest("Sri Wahyuni")))
                .isEqualTo(new SignUpResult.NotOpen("error.workshop.cancelled"));
        assertThat(workshopProcess.scanTicket(confirmed.ticketCode(), "Ruang"))
                .isInstanceOf(TicketResult.NotValid.class);
    }

    @Test
    void shouldWriteEachPersonsEmailsInTheLanguageTheySignedUpIn() throws Exception {
        Workshop workshop = workshop(workshops, 2, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        var javanese = (SignUpResult.Confirmed) workshopProcess.signUp(
                workshop.getId(),
                SignUp.guest("Suparmi", null, "suparmi@example.org", true, "Kios 1")
                        .in(java.util.Locale.forLanguageTag("jv")));
        var english = (SignUpResult.Confirmed) workshopProcess.signUp(
                workshop.getId(),
                SignUp.guest("Anna Smith", null, "anna@example.org", true, "Kios 1")
                        .in(java.util.Locale.ENGLISH));

        workshopProcess.cancelWorkshop(workshop.getId());
        execute(instanceOf(javanese.registrationId()));
        execute(instanceOf(english.registrationId()));

        MimeMessage toSuparmi = mailTo("suparmi@example.org");
        assertThat(toSuparmi.getSubject()).startsWith("Dipunbatalaken: ");
        assertThat(GreenMailUtil.getBody(toSuparmi)).contains("Dhumateng Suparmi ingkang kinurmatan,");
        MimeMessage toAnna = mailTo("anna@example.org");
        assertThat(toAnna.getSubject()).startsWith("Cancelled: ");
        assertThat(GreenMailUtil.getBody(toAnna)).contains("Dear Anna Smith,").contains("has cancelled");
    }

    @Test
    void shouldGiveOnePersonOneSeatHoweverTheyWriteTheirPhoneNumberOrEmail() {
        Workshop workshop = workshop(workshops, 10, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));

        var first = (SignUpResult.Confirmed) workshopProcess.signUp(
                workshop.getId(), SignUp.guest("Dewi Lestari", "0812-3456-7890", null, true, "Kios 1"));
        instanceOf(first.registrationId());
        var already = new SignUpResult.AlreadyRegistered(RegistrationStatus.CONFIRMED, first.ticketCode());
        for (String phone : List.of("+62 812-3456-7890", "62 812 3456 7890", "0812 3456 7890", "(0812) 3456.7890")) {
            assertThat(workshopProcess.signUp(workshop.getId(), SignUp.guest("Dewi L.", phone, null, true, "Kios 2")))
                    .as(phone)
                    .isEqualTo(already);
        }
        assertThat(workshopProcess.signUp(
                        workshop.getId(),
                        SignUp.guest("Dewi", "+6281234567890", "dewi.lestari@example.org", true, "Kios 3")))
                .as("the same phone number with an e-mail address added")
                .isEqualTo(already);
        assertThat(jdbc.queryForObject(
                        "select phone from registration where id = ?", String.class, first.registrationId()))
                .isEqualTo("+6281234567890");

        var byMail = (SignUpResult.Confirmed) workshopProcess.signUp(
                workshop.getId(), SignUp.guest("Rina Kartika", null, " Rina.Kartika@Example.ORG ", true, "Kios 1"));
        instanceOf(byMail.registrationId());
        assertThat(workshopProcess.signUp(
                        workshop.getId(),
                        SignUp.guest("Rina", "0813 9876 5432", "rina.kartika@example.org", true, "Kios 2")))
                .as("the same e-mail address in another case, with a phone number added")
                .isEqualTo(new SignUpResult.AlreadyRegistered(RegistrationStatus.CONFIRMED, byMail.ticketCode()));

        assertThat(workshopProcess.signUp(
                        workshop.getId(),
                        SignUp.guest("Rina K.", "0813-9876-5432", "rina2@example.org", true, "Kios 3")))
                .as("the phone number given with the same e-mail address before now finds her too")
                .isEqualTo(new SignUpResult.AlreadyRegistered(RegistrationStatus.CONFIRMED, byMail.ticketCode()));
        assertThat(workshopProcess.signUp(workshop.getId(), SignUp.guest("Siti", "0812-3456-789O", null, true, "Kios")))
                .as("a letter O typed for a zero is not another number")
                .isEqualTo(new SignUpResult.Rejected(List.of("error.signUp.phone")));

        assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration where workshop_id = ?", Integer.class, workshop.getId()))
                .isEqualTo(2);
    }

    @Test
    void shouldRefuseBadInputDuplicatesAndRegistrationOutsideTheWindowStoringNothing() {
        Workshop workshop = workshop(workshops, 5, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        long before = count();

        assertThat(workshopProcess.signUp(workshop.getId(), SignUp.guest("Siti", null, null, true, "Kios")))
                .isEqualTo(new SignUpResult.Rejected(List.of("error.signUp.contact")));
        assertThat(workshopProcess.signUp(workshop.getId(), SignUp.guest("Siti", "08x", null, true, "Kios")))
                .isEqualTo(new SignUpResult.Rejected(List.of("error.signUp.phone")));
        assertThat(workshopProcess.signUp(workshop.getId(), SignUp.guest("Siti", "0812 3456 789", null, false, "Kios")))
                .isEqualTo(new SignUpResult.Rejected(List.of("error.consent.required")));
        assertThat(workshopProcess.signUp(workshop.getId(), SignUp.guest("<b>", null, "a@b.id", true, "Kios")))
                .isEqualTo(new SignUpResult.Rejected(List.of("error.input.characters")));
        assertThat(workshopProcess.signUp(workshop.getId(), SignUp.member("NO-SUCH-CARD", "Kios")))
                .isEqualTo(new SignUpResult.UnknownCard());
        assertThat(workshopProcess.signUp(999_999, guest("Siti Aminah")))
                .isEqualTo(new SignUpResult.NotOpen("error.workshop.unknown"));
        assertThat(count()).isEqualTo(before);

        SignUp siti = SignUp.guest("Siti Aminah", "0812-3456-789", null, true, "Kios");
        var confirmed = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), siti);
        instanceOf(confirmed.registrationId());
        assertThat(workshopProcess.signUp(
                        workshop.getId(), SignUp.guest("Siti A.", "0812 3456 789", null, true, "Kios 2")))
                .as("the same person, by phone number, on another kiosk")
                .isEqualTo(new SignUpResult.AlreadyRegistered(RegistrationStatus.CONFIRMED, confirmed.ticketCode()));

        Workshop later = workshop(workshops, 5, LocalDateTime.now(clock).plusDays(10), Duration.ofHours(2));
        jdbc.update(
                "update workshop set registration_opens_at = ? where id = ?",
                LocalDateTime.now(clock).plusDays(1),
                later.getId());
        assertThat(workshopProcess.signUp(later.getId(), guest("Budi")))
                .isEqualTo(new SignUpResult.NotOpen("error.workshop.notYetOpen"));
        jdbc.update(
                "update workshop set registration_opens_at = ?, registration_closes_at = ? where id = ?",
                LocalDateTime.now(clock).minusDays(2),
                LocalDateTime.now(clock).minusMinutes(1),
                later.getId());
        assertThat(workshopProcess.signUp(later.getId(), guest("Budi")))
                .isEqualTo(new SignUpResult.NotOpen("error.workshop.closed"));
        assertThat(count()).isEqualTo(before + 1);

        assertThat(workshopProcess.scanTicket("KIOSPUSTAKA-TIKET:<script>", "Ruang"))
                .isInstanceOf(TicketResult.Unknown.class);
        assertThat(workshopProcess.scanTicket("KPB-0001", "Ruang"))
                .as("a card without a registration for what is under way: told as a card, masked")
                .isEqualTo(new TicketResult.Unknown("KPB-\u2022\u202201", false));
        assertThat(workshopProcess.scanTicket("ZZZZZ-ZZZZZ", "Ruang"))
                .as("a ticket code that is no ticket: told as a ticket")
                .isEqualTo(new TicketResult.Unknown("ZZZZ\u2022\u2022\u2022\u2022\u2022ZZ", true));
    }

    @Test
    void shouldCheckAWorkshopBeforeSavingItAndKeepASeriesUnderOneRegistration() {
        LocalDateTime start = LocalDateTime.now(clock)
                .plusDays(7)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        WorkshopDraft bad = new WorkshopDraft(
                " ", null, null, java.util.Set.of(), "", 0, start, start.minusDays(1), null, List.of());
        assertThat(workshops.save(null, bad, "kepala"))
                .contains(
                        "error.workshop.title",
                        "error.workshop.type",
                        "error.workshop.audience",
                        "error.workshop.room",
                        "error.workshop.capacity",
                        "error.workshop.sessions",
                        "error.workshop.window");

        WorkshopDraft series = WorkshopTestSupport.draft(
                12,
                start,
                List.of(
                        new WorkshopDraft.SessionDraft(
                                start.plusDays(7), start.plusDays(7).plusHours(2)),
                        new WorkshopDraft.SessionDraft(start, start.plusHours(2))));
        assertThat(workshops.save(null, series, "kepala")).isEmpty();
        Workshop saved = workshops.upcoming().stream()
                .filter(w -> w.getTitle().equals(series.title()))
                .findFirst()
                .orElseThrow();
        assertThat(saved.getStartsAt()).isEqualTo(start);
        assertThat(saved.getEndsAt()).isEqualTo(start.plusDays(7).plusHours(2));
        assertThat(workshops.sessionsOf(saved.getId())).hasSize(2);
        assertThat(workshops.save(saved.getId(), WorkshopTestSupport.draft(0, start, series.sessions()), "kepala"))
                .contains("error.workshop.capacity");
    }

    @Test
    void shouldForgetNamesAndContactsAMonthAfterTheWorkshop() {
        Workshop workshop = workshop(workshops, 5, LocalDateTime.now(clock).plusDays(2), Duration.ofHours(2));
        var confirmed = (SignUpResult.Confirmed) workshopProcess.signUp(workshop.getId(), guest("Wulan Pratiwi"));
        instanceOf(confirmed.registrationId());
        workshops.forgetContacts();
        assertThat(workshops
                        .registration(confirmed.registrationId())
                        .orElseThrow()
                        .getGuestName())
                .isEqualTo("Wulan Pratiwi");

        jdbc.update(
                "update workshop set ends_at = ? where id = ?",
                LocalDateTime.now(clock).minusDays(31),
                workshop.getId());
        assertThat(workshops.forgetContacts()).isGreaterThanOrEqualTo(1);

        Registration forgotten =
                workshops.registration(confirmed.registrationId()).orElseThrow();
        assertThat(forgotten.getGuestName()).isNull();
        assertThat(forgotten.getEmail()).isNull();
        assertThat(forgotten.getStatus()).as("the figures stay").isEqualTo(RegistrationStatus.CONFIRMED);
    }

    private static MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
                return message;
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from registration", Long.class);
    }

    private void moveWorkshopTo(Workshop workshop, LocalDateTime start) {
        jdbc.update(
                "update workshop_session set starts_at = ?, ends_at = ? where workshop_id = ?",
                start,
                start.plusHours(2),
                workshop.getId());
    }

    /** Executes the instance's only job (a timer or an asynchronous step). */
    private void execute(ProcessInstance instance) {
        List<Job> jobs = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .list();
        assertThat(jobs).as("jobs of %s", instance.getId()).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }

    /** Executes the instance's job at one element (the waitlist also has its start-of-workshop timer). */
    private void run(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private ProcessInstance instanceOf(long registrationId) {
        String id = coverage.track(
                workshops.registration(registrationId).orElseThrow().getProcessInstanceId());
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
    }
}
