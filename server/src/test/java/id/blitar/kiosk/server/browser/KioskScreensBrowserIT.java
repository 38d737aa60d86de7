package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.server.ServerIT;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screenshot review of issue 19 as a test: every kiosk screen, portrait and landscape, in Indonesian,
 * English and Javanese, plain and with the accessibility modes, has what a visitor must touch on screen and
 * uncovered (no scrolling to find a form's field, consent or submit); Indonesian screens carry no English;
 * staff pages fit an office PC (1366×768) and a phone (390×844) without sideways scrolling. Each screen's
 * screenshot is saved under {@code target/screenshots/screens-*} for a person to look at.
 */
class KioskScreensBrowserIT extends ServerIT {

    private static final String LARGE = "a11y-large-text";
    private static final String CONTRAST = "a11y-high-contrast";
    private static final String LOW = "a11y-low-layout";

    @Autowired
    private WorkshopService workshopService;

    @Autowired
    private Clock clock;

    @Autowired
    private VisitProcess visitProcess;

    static Stream<Arguments> kioskVariants() {
        List<Arguments> variants = new ArrayList<>();
        for (int[] size : new int[][] {{1080, 1920}, {1920, 1080}}) {
            for (String language : List.of("id", "en", "jv")) {
                variants.add(Arguments.of(size[0], size[1], language, List.of()));
            }
            variants.add(Arguments.of(size[0], size[1], "id", List.of(LARGE)));
            variants.add(Arguments.of(size[0], size[1], "id", List.of(CONTRAST)));
            variants.add(Arguments.of(size[0], size[1], "id", List.of(LOW)));
            variants.add(Arguments.of(size[0], size[1], "jv", List.of(LARGE, CONTRAST, LOW)));
        }
        return variants.stream();
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3}")
    @MethodSource("kioskVariants")
    void shouldKeepWhatAVisitorMustTouchOnEveryKioskScreen(int width, int height, String language, List<String> modes)
            throws Exception {
        Workshop workshop = workshop();
        String card = "KPB-0006";
        Walk walk = new Walk(width, height, language, modes);
        try (Browser browser = new Browser(width, height)) {
            walk.browser = browser;
            AttractViewElement attract = new AttractViewElement(browser).open(url(""), "entrance");
            walk.settle();
            walk.look(
                    "attract-entrance",
                    null,
                    "start-check-in",
                    "start-ask",
                    "start-workshops",
                    "start-my-data",
                    "language-id",
                    "language-en",
                    "language-jv");

            CheckInViewElement checkIn = attract.checkIn();
            walk.look("check-in", null, "open-keyboard", "guest-check-in", "group-check-in", "back");
            checkIn.openKeyboard();
            walk.look("check-in-keyboard", ScreenReach.CONTROLS);
            checkIn.scan(card);
            new ResultElement(browser).waitUntilShown();
            walk.look("welcome", null);

            GuestViewElement guest = new GuestViewElement(browser).open(url(""));
            walk.settle();
            walk.look("guest-form", ScreenReach.CONTROLS);
            if (width > height) {
                // Landscape: the keyboard opens below the field, beside the choices, above consent and "Masuk". (In
                // portrait it opens below the field too and scrolls itself to the middle of the screen.)
                guest.openInstitutionKeyboard();
                walk.look(
                        "guest-form-keyboard",
                        "#institution-keyboard vaadin-button",
                        "institution",
                        "origin-outside",
                        "consent",
                        "guest-submit");
            }
            GroupViewElement group = new GroupViewElement(browser).open(url(""));
            walk.settle();
            walk.look("group-form", ScreenReach.CONTROLS);
            group.touchInstitution();
            // The keyboard opens below the field: every key, the field and the way to finish on screen.
            walk.look(
                    "group-form-keyboard",
                    "#group-institution-keyboard vaadin-button",
                    "group-institution",
                    "group-origin-city",
                    "group-consent",
                    "group-submit");

            AskViewElement ask = new AskViewElement(browser).open(url(""));
            walk.settle();
            walk.look("ask-faq", null, "faq-search", "ask-start");
            ask.start().waitForTopics();
            walk.look("ask-topics", ScreenReach.CONTROLS);
            ask.topic("books").typeWithKeyboard("Ada buku sejarah Blitar?");
            walk.look("ask-text", ScreenReach.CONTROLS);
            ask.pressNext().cardStep();
            walk.look("ask-card", ScreenReach.CONTROLS);
            ask.skipCard().waitForChannels();
            walk.look("ask-channel", ScreenReach.CONTROLS);
            ask.email().waitForEmailSend();
            walk.look("ask-email", ScreenReach.CONTROLS);

            WorkshopsViewElement workshops =
                    new WorkshopsViewElement(browser).open(url("")).waitForList();
            walk.settle();
            walk.look("programme", null, "my-tickets", "filter-all");
            workshops.openWorkshop(workshop.getId()).waitForSignUp();
            walk.look("workshop-detail", null, "signup-card", "signup-guest");
            workshops.signUpAsGuest().waitForGuestForm();
            walk.look("signup-form", ScreenReach.CONTROLS);
            workshops
                    .guestName("Dewi Lestari")
                    .guestEmail(UUID.randomUUID().toString().substring(0, 8) + "@example.org");
            browser.waitForVaadin();
            if (width > height) {
                // Landscape: touching a field opens its keyboard beside the fields (and closes the one of the field
                // before): keys, fields, consent and "Daftar" all on screen. (In portrait the keyboard opens below
                // its field and scrolls itself to the middle of the screen.)
                walk.look(
                        "signup-form-keyboard",
                        "#guest-email-keyboard vaadin-button",
                        "guest-name",
                        "guest-phone",
                        "guest-email",
                        "guest-consent",
                        "guest-submit");
            }
            String ticket = workshops.guestConsent().submitGuest().ticketCode();
            walk.look("ticket", null, "ticket-done");

            workshops = new WorkshopsViewElement(browser).open(url("")).waitForList();
            walk.settle();
            workshops.openMyTickets().waitForCardField();
            walk.look("my-tickets", ScreenReach.CONTROLS);
            workshops.scan(ticket);
            browser.waitForVaadin();
            workshops.waitForCancelButton();
            walk.look("my-tickets-list", null);

            MyDataViewElement myData = new MyDataViewElement(browser).open(url(""));
            walk.settle();
            walk.look("my-data", ScreenReach.CONTROLS);
            myData.chooseEmail();
            walk.look("my-data-email", ScreenReach.CONTROLS);

            new AttractViewElement(browser).open(url(""), "reference");
            walk.settle();
            walk.look("attract-reference", null, "start-ask", "start-check-in");

            new DoorViewElement(browser).openAsEventRoom(url(""));
            walk.settle();
            walk.look("attract-event-room", ScreenReach.CONTROLS);

            AttractViewElement exit =
                    new AttractViewElement(browser).open(url(""), "exit").waitForPoll();
            walk.settle();
            walk.look(
                    "attract-exit-poll",
                    null,
                    "mood-very-happy",
                    "mood-happy",
                    "mood-unhappy",
                    "mood-very-unhappy",
                    "start-check-out");
            PollViewElement poll = exit.tapMood("unhappy");
            walk.look("exit-poll-card", ScreenReach.CONTROLS);
            poll.skipCard().waitForQuestions();
            // Every item here may be skipped: what must be on screen is how to finish.
            walk.look("exit-poll-skm", null, "poll-send", "poll-skip");

            new PairViewElement(browser).open(url(""));
            walk.settle();
            walk.look("pair", ScreenReach.CONTROLS);

            new BoardViewElement(browser).open(url(""));
            walk.shoot("board");
            if (ScreenReach.sidewaysOverflow(browser) > 0) {
                walk.failures.add("board scrolls sideways:\n" + ScreenReach.widest(browser));
            }
        } finally {
            visitProcess.checkOut(card, "Pintu keluar");
            try (Browser reset = new Browser(1080, 1920)) {
                new AttractViewElement(reset).open(url(""), "entrance");
            }
        }
        assertThat(walk.failures).as("what a visitor cannot reach or read").isEmpty();
    }

    static Stream<Arguments> staffSizes() {
        return Stream.of(Arguments.of(1366, 768), Arguments.of(390, 844));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("staffSizes")
    void shouldFitStaffPagesOnAnOfficePcAndAPhone(int width, int height) {
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser(Math.max(width, 800), height)) {
            // Chromium's window is never narrower than 500 px: a phone is emulated.
            browser.emulateViewport(width, height);
            new StaffViewElement(browser).signIn(url(""), "kepala", "kepala123");
            for (String path : List.of(
                    "/staff",
                    "/staff/data",
                    "/manage",
                    "/manage/satisfaction",
                    "/manage/reports",
                    "/manage/programme",
                    "/manage/hours",
                    "/manage/members",
                    "/manage/kiosks",
                    "/manage/models",
                    "/board")) {
                browser.open(url(path));
                browser.find(By.cssSelector("body > *"));
                browser.waitForVaadin();
                String name = "screens-staff-" + width + "x" + height + path.replace('/', '-');
                browser.screenshot(name);
                long overflow = ScreenReach.sidewaysOverflow(browser);
                if (overflow > 0) {
                    failures.add(path + " scrolls sideways by " + overflow + " px:\n" + ScreenReach.widest(browser));
                }
                List<String> covered = ScreenReach.coveredButtons(browser);
                if (!covered.isEmpty()) {
                    failures.add(path + ": " + String.join("; ", covered));
                }
            }
        }
        assertThat(failures).as("staff pages at %dx%d", width, height).isEmpty();
    }

    private Workshop workshop() {
        LocalDateTime start = LocalDateTime.now(clock).plusDays(2);
        WorkshopDraft draft = new WorkshopDraft(
                "Literasi digital untuk lansia " + UUID.randomUUID().toString().substring(0, 5),
                "Belajar memakai ponsel untuk membaca berita dan buku digital",
                WorkshopType.WORKSHOP,
                EnumSet.of(AgeGroup.ADULT, AgeGroup.ELDERLY),
                "Ruang Serbaguna",
                200,
                start.minusDays(10),
                start,
                null,
                List.of(new WorkshopDraft.SessionDraft(start, start.plusHours(2))));
        return workshopService.store(null, draft, "kepala");
    }

    /** One walk through the kiosk screens in one language and set of accessibility modes. */
    private final class Walk {
        final int width;
        final int height;
        final String language;
        final List<String> modes;
        final List<String> failures = new ArrayList<>();
        final Set<String> english;
        Browser browser;

        Walk(int width, int height, String language, List<String> modes) throws Exception {
            this.width = width;
            this.height = height;
            this.language = language;
            this.modes = modes;
            this.english = "id".equals(language) ? KioskReachBrowserIT.englishOnlyTexts() : Set.of();
        }

        /** Checks the screen shown (still in this walk's language and modes) and photographs it. */
        void look(String screen, String selector, String... ids) {
            String where = screen + " (" + variant() + ")";
            KioskFrameElement frame = new KioskFrameElement(browser);
            if (!"true".equals(frame.languagePressed(language))) {
                failures.add(where + ": the language was lost");
            }
            for (String option : List.of(LARGE, CONTRAST, LOW)) {
                if ("true".equals(frame.pressed(toggleOf(option))) != modes.contains(option)) {
                    failures.add(where + ": " + option + " was lost");
                }
            }
            // Let layout settle (fonts, the bar's measured height) before measuring.
            ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
            for (String problem : ScreenReach.problems(browser, selector, ids)) {
                failures.add(where + ": " + problem);
            }
            if ("id".equals(language)) {
                String text = browser.pageText();
                List<String> found =
                        english.stream().filter(text::contains).sorted().toList();
                if (!found.isEmpty()) {
                    failures.add(where + ": English on an Indonesian screen " + found);
                }
            }
            shoot(screen);
        }

        void shoot(String screen) {
            browser.screenshot("screens-" + variant() + "-" + screen);
        }

        String variant() {
            String orientation = width < height ? "portrait" : "landscape";
            String mode = modes.isEmpty()
                    ? "plain"
                    : String.join(
                            "+", modes.stream().map(m -> m.replace("a11y-", "")).toList());
            return orientation + "-" + language + "-" + mode;
        }

        /** Sets this walk's language and modes on the screen just opened afresh. */
        void settle() {
            KioskFrameElement frame = new KioskFrameElement(browser);
            if (!"true".equals(frame.languagePressed(language))) {
                frame.switchLanguage(language);
            }
            for (String option : List.of(LARGE, CONTRAST, LOW)) {
                boolean on = "true".equals(frame.pressed(toggleOf(option)));
                if (on != modes.contains(option)) {
                    frame.toggle(toggleOf(option));
                    browser.waitForVaadin();
                }
            }
        }

        /** The accessibility bar's name of a mode (large-text for a11y-large-text). */
        private static String toggleOf(String option) {
            return option.substring("a11y-".length());
        }
    }
}
