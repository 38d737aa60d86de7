package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.codes.BarcodeService;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import id.blitar.kiosk.workshop.service.TicketCodes;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workshops at the kiosk in real browsers: a guest signs up and gets a QR ticket, the ticket image
 * decodes to the code shown, the event-room kiosk admits it once; the next sign-ups wait; a
 * cancellation offers the seat, the offer expires and passes on, and the next person takes it through
 * the e-mail link on a phone.
 */
class WorkshopKioskBrowserIT extends ServerIT {

    @Autowired
    WorkshopService workshopService;

    @Autowired
    WorkshopProcess workshopProcess;

    @Autowired
    Clock clock;

    @Autowired
    BarcodeService barcodes;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldSignUpShowAScannableTicketAndAdmitItAtTheDoorOnce() {
        Workshop workshop = workshop(1, LocalDateTime.now(clock).plusMinutes(30));

        String code;
        try (Browser kiosk = new Browser(1080, 1920)) {
            WorkshopsViewElement workshops = new AttractViewElement(kiosk)
                    .open(url(""))
                    .waitForUpcomingEvents()
                    .openWorkshops();
            kiosk.checkAndScreenshot("90-workshops-list");
            workshops.openWorkshop(workshop.getId());
            kiosk.checkAndScreenshot("91-workshop-detail");
            workshops.signUpAsGuest().submitGuest();
            assertThat(workshops.guestError()).contains("nomor HP atau alamat e-mail");
            workshops.guestName("Dewi Lestari").guestEmail("dewi@example.org").guestConsent();
            kiosk.checkAndScreenshot("92-workshop-guest-form");
            workshops.submitGuest();

            code = workshops.ticketCode();
            assertThat(TicketCodes.parse(code)).contains(code);
            byte[] qr = workshops.ticketQr();
            assertThat(barcodes.decode(qr))
                    .as("the ticket image decodes to its code")
                    .contains(TicketCodes.qrPayload(code));
            kiosk.checkAndScreenshot("93-workshop-ticket");
        }

        try (Browser door = new Browser(1080, 1920)) {
            DoorViewElement room = new DoorViewElement(door).open(url(""));
            room.scan(TicketCodes.qrPayload(code)).waitForOutcome("Selamat datang, Dewi");
            door.checkAndScreenshot("94-door-admitted");
            room.scan(code).waitForOutcome("Sudah tercatat");
            room.scan("ABCDE-FGHJK").waitForOutcome("tidak dikenal");
            door.screenshot("95-door-unknown-ticket");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from attendance a join registration r on r.id = a.registration_id where r.ticket_code = ?",
                        Long.class,
                        code))
                .as("a second scan counts once")
                .isEqualTo(1);
    }

    @Test
    void shouldOfferAFreedSeatLetTheOfferExpireAndLetTheNextPersonTakeItByTheLink() {
        Workshop workshop = workshop(1, LocalDateTime.now(clock).plusDays(3));
        String first = ticketOf(workshopProcess.signUp(workshop.getId(), guest("Siti Aminah")));

        try (Browser kiosk = new Browser(1920, 1080)) {
            WorkshopsViewElement workshops = new WorkshopsViewElement(kiosk).open(url(""));
            workshops.openWorkshop(workshop.getId());
            assertThat(workshops.seats()).contains("Penuh");
            workshops
                    .signUpAsGuest()
                    .guestName("Rina Kartika")
                    .guestPhone("0812 3456 7890")
                    .guestConsent()
                    .submitGuest();
            new ResultElement(kiosk).waitForTitle("daftar tunggu");
            kiosk.checkAndScreenshot("96-workshop-waitlisted-landscape");
        }
        workshopProcess.signUp(workshop.getId(), guest("Budi Santoso"));

        // The first person cancels at a kiosk with the ticket code.
        try (Browser kiosk = new Browser(1080, 1920)) {
            WorkshopsViewElement workshops = new WorkshopsViewElement(kiosk).open(url(""));
            workshops.myTickets(first);
            // A slip does nothing: the cancel button asks first, and "Tidak" keeps the seat.
            assertThat(workshops.askToCancel()).contains("Batalkan pendaftaran");
            kiosk.checkAndScreenshot("96-workshop-cancel-confirm");
            workshops.keepRegistration().waitForCancelButton();
            assertThat(workshopService.registrationsOf(workshop.getId()).get(0).getStatus())
                    .isEqualTo(RegistrationStatus.CONFIRMED);
            workshops.askToCancel();
            workshops.confirmCancel().waitForTitle("dibatalkan");
        }
        List<Registration> all = workshopService.registrationsOf(workshop.getId());
        Registration rina = all.get(1);
        Registration budi = all.get(2);
        assertThat(rina.getStatus()).isEqualTo(RegistrationStatus.OFFERED);

        // Rina has no e-mail and does not come back in time: the offer expires and goes to Budi.
        String expiry = management
                .createJobQuery()
                .processInstanceId(rina.getProcessInstanceId())
                .activityId(WorkshopProcess.EVENT_OFFER_EXPIRED)
                .singleResult()
                .getId();
        management.executeJob(expiry);
        Registration offered = workshopService.registration(budi.getId()).orElseThrow();
        assertThat(offered.getStatus()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(workshopService.registration(rina.getId()).orElseThrow().getStatus())
                .isEqualTo(RegistrationStatus.OFFER_EXPIRED);

        try (Browser phone = new Browser(390, 844)) {
            OfferViewElement offer = new OfferViewElement(phone)
                    .open(url(""), offered.getOfferToken())
                    .waitForTakeButton();
            phone.checkAndScreenshot("97-offer-link-phone");
            String code = offer.take();
            assertThat(workshopService.registration(budi.getId()).orElseThrow().getTicketCode())
                    .isEqualTo(code);
            phone.screenshot("98-offer-taken-phone");
            new OfferViewElement(phone).open(url(""), offered.getOfferToken());
            assertThat(phone.pageText()).contains("Tawaran tidak tersedia");
        }
    }

    @Test
    void shouldShowEverySessionOfASeriesOnTheTicketInTheVisitorsLanguage() {
        // Two Sundays a week apart, in a month whose name differs between English and Indonesian.
        LocalDate day = LocalDateTime.now(clock).toLocalDate().plusDays(7);
        while (day.getDayOfWeek() != DayOfWeek.SUNDAY
                || EnumSet.of(Month.APRIL, Month.SEPTEMBER, Month.NOVEMBER).contains(day.getMonth())) {
            day = day.plusDays(1);
        }
        LocalDateTime first = day.atTime(9, 0);
        LocalDateTime second = first.plusWeeks(1);
        WorkshopDraft draft = new WorkshopDraft(
                "Klub baca " + UUID.randomUUID().toString().substring(0, 5),
                "Dua pertemuan",
                WorkshopType.BOOK_CLUB,
                EnumSet.of(AgeGroup.ADULT),
                "Ruang Baca",
                10,
                first.minusDays(20),
                first,
                null,
                List.of(
                        new WorkshopDraft.SessionDraft(first, first.plusHours(2)),
                        new WorkshopDraft.SessionDraft(second, second.plusHours(2))));
        Workshop series = workshopService.store(null, draft, "kepala");
        String ticket = ticketOf(workshopProcess.signUp(series.getId(), guest("Ani Rahayu")));

        Map<String, String[]> expected = Map.of(
                "id",
                        new String[] {
                            "Minggu, " + dayMonth(first, INDONESIAN_MONTHS),
                            "Minggu, " + dayMonth(second, INDONESIAN_MONTHS)
                        },
                "en",
                        new String[] {
                            "Sunday, " + dayMonth(first, ENGLISH_MONTHS), "Sunday, " + dayMonth(second, ENGLISH_MONTHS)
                        },
                // Basa Jawa in Latin script (CLDR): Sunday is "Ahad", the months are written as in Indonesian.
                "jv",
                        new String[] {
                            "Ahad, " + dayMonth(first, INDONESIAN_MONTHS),
                            "Ahad, " + dayMonth(second, INDONESIAN_MONTHS)
                        });
        try (Browser kiosk = new Browser(1080, 1920)) {
            for (String language : List.of("id", "en", "jv")) {
                WorkshopsViewElement workshops =
                        new WorkshopsViewElement(kiosk).open(url("")).waitForList();
                if (!language.equals("id")) {
                    new KioskFrameElement(kiosk).switchLanguage(language);
                }
                workshops.waitForList();
                String card = workshops.card(series.getId());
                assertThat(card).as("the programme in %s", language).contains(expected.get(language)[0] + ", 09.00");
                String sessions = workshops.myTickets(ticket).showTicket().ticketSessions();
                assertThat(sessions)
                        .as("every session on the ticket, in %s", language)
                        .contains(expected.get(language)[0] + ", 09.00\u201311.00")
                        .contains(expected.get(language)[1] + ", 09.00\u201311.00");
                kiosk.checkAndScreenshot("99-series-ticket-" + language);
            }
        }
    }

    private static final String[] INDONESIAN_MONTHS = {
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember"
    };
    private static final String[] ENGLISH_MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private static String dayMonth(LocalDateTime at, String[] months) {
        return at.getDayOfMonth() + " " + months[at.getMonthValue() - 1];
    }

    private Workshop workshop(int capacity, LocalDateTime start) {
        WorkshopDraft draft = new WorkshopDraft(
                "Kelas menulis " + UUID.randomUUID().toString().substring(0, 5),
                "Menulis cerita pendek bersama penulis Blitar",
                WorkshopType.WORKSHOP,
                EnumSet.of(AgeGroup.TEEN, AgeGroup.ADULT),
                "Ruang Serbaguna",
                capacity,
                start.minusDays(10),
                start,
                null,
                List.of(new WorkshopDraft.SessionDraft(start, start.plusHours(2))));
        return workshopService.store(null, draft, "kepala");
    }

    private static id.blitar.kiosk.workshop.process.SignUp guest(String name) {
        return id.blitar.kiosk.workshop.process.SignUp.guest(
                name, null, UUID.randomUUID().toString().substring(0, 8) + "@example.org", true, "Tes");
    }

    private static String ticketOf(id.blitar.kiosk.workshop.process.SignUpResult result) {
        return ((id.blitar.kiosk.workshop.process.SignUpResult.Confirmed) result).ticketCode();
    }
}
