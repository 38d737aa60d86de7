package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.poll.domain.FeedbackAction;
import id.blitar.kiosk.poll.domain.FeedbackActionRepository;
import id.blitar.kiosk.server.ServerIT;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a 70-year-old stumbles on (issue 19), at 1080×1920 and 1920×1080 in every accessibility mode:
 * consent and submit of the guest and group forms on screen without scrolling and clear of the
 * accessibility bar, the consent tick a large target with its full text one tap away, "Tiket saya"
 * and the catalogue code reachable, language buttons large enough for an older finger, an exit kiosk
 * that says goodbye, a clock in the visitor's language, and no English on an Indonesian screen.
 */
class KioskReachBrowserIT extends ServerIT {

    /** The accessibility modes a visitor can combine; the last is all of them at once. */
    private static final List<List<String>> MODES = List.of(
            List.of(),
            List.of("a11y-large-text"),
            List.of("a11y-high-contrast"),
            List.of("a11y-low-layout"),
            List.of("a11y-large-text", "a11y-high-contrast", "a11y-low-layout"));

    @Autowired
    private FeedbackActionRepository actions;

    @Test
    void shouldShowConsentAndSubmitWithoutScrollingInEveryModeAndOrientation() {
        // The longest "Anda berkata → Kami lakukan" a manager can publish (300 characters each, twice): the
        // attract screen's journeys and catalogue code stay on screen whatever the library has published.
        List<FeedbackAction> longest = List.of(longestAction(), longestAction());
        actions.saveAll(longest);
        try {
            checkEveryModeAndOrientation();
        } finally {
            longest.forEach(FeedbackAction::withdraw);
            actions.saveAll(longest);
        }
    }

    private static FeedbackAction longestAction() {
        String said = "Ruang baca anak terlalu ramai pada hari Sabtu dan Minggu, buku cerita bergambar sering tidak"
                + " ada di rak, dan kursi untuk orang tua yang menunggu kurang. Mohon ditambah jam baca bersama,"
                + " petugas yang mendampingi, dan rak khusus untuk buku yang baru dikembalikan agar mudah dicari."
                + " Terima kasih banyak, Bu.";
        String did = "Mulai bulan depan ruang baca anak buka lebih awal pada akhir pekan, ada dua petugas pendamping,"
                + " jam dongeng bersama setiap Sabtu pukul 09.00, rak buku baru kembali di dekat pintu, dan enam kursi"
                + " tambahan untuk orang tua. Usul Anda dibahas dalam rapat pelayanan dan dicatat dalam laporan SKM tahun ini.";
        return new FeedbackAction(
                null,
                said.substring(0, 300),
                did.substring(0, 300),
                "kepala",
                LocalDateTime.now().plusMinutes(1));
    }

    private void checkEveryModeAndOrientation() {
        for (int[] size : new int[][] {{1080, 1920}, {1920, 1080}}) {
            try (Browser browser = new Browser(size[0], size[1])) {
                String orientation = size[0] < size[1] ? "portrait" : "landscape";
                for (List<String> mode : MODES) {
                    String variant = orientation + "-" + (mode.isEmpty() ? "plain" : String.join("+", mode));
                    new AttractViewElement(browser).open(url(""), "entrance");
                    // The switches are toggles kept for the visitor's turn: set each one as this mode wants it.
                    KioskFrameElement frame = new KioskFrameElement(browser);
                    for (String option : List.of("a11y-large-text", "a11y-high-contrast", "a11y-low-layout")) {
                        String name = option.substring("a11y-".length());
                        boolean on = "true".equals(frame.pressed(name));
                        if (on != mode.contains(option)) {
                            frame.toggle(name);
                            browser.waitForVaadin();
                        }
                    }

                    new GuestViewElement(browser).open(url(""));
                    browser.waitForVaadin();
                    assertOnScreen(
                            browser,
                            variant + " guest",
                            "consent",
                            "consent-more",
                            "guest-submit",
                            "back",
                            "language-en");
                    assertOnScreen(
                            browser,
                            variant + " guest",
                            "age-group-child",
                            "age-group-elderly",
                            "purpose-other",
                            "origin-outside",
                            "institution");
                    assertThat(checkboxSize(browser, "consent"))
                            .as("%s: the consent tick is a large touch target", variant)
                            .isGreaterThanOrEqualTo(64);
                    for (String age : List.of("child", "teen", "adult", "elderly")) {
                        assertThat(pictureSize(browser, "age-group-" + age))
                                .as("%s: the picture of age group %s is large", variant, age)
                                .isGreaterThanOrEqualTo(64);
                        Map<String, Long> button = box(browser, "age-group-" + age);
                        assertThat(Math.min(button.get("width"), button.get("height")))
                                .as("%s: age group %s is a large touch target", variant, age)
                                .isGreaterThanOrEqualTo(64);
                    }
                    browser.screenshot("19-" + variant.replace("a11y-", "") + "-guest");

                    new GroupViewElement(browser).open(url(""));
                    browser.waitForVaadin();
                    assertOnScreen(
                            browser, variant + " group", "group-consent", "group-consent-more", "group-submit", "back");
                    // Every field of the group form too: its last rows once lay under the consent and buttons.
                    assertOnScreen(
                            browser,
                            variant + " group",
                            "group-institution",
                            "group-origin-city",
                            "group-origin-outside",
                            "count-child-minus",
                            "count-child-plus10",
                            "count-elderly-minus",
                            "count-elderly-plus10",
                            "group-total");
                    browser.screenshot("19-" + variant.replace("a11y-", "") + "-group");

                    new AttractViewElement(browser).open(url(""));
                    assertOnScreen(
                            browser,
                            variant + " attract",
                            "start-workshops",
                            "catalogue-qr",
                            "language-id",
                            "language-en",
                            "language-jv");
                    for (String language : List.of("id", "en", "jv")) {
                        Map<String, Long> box = box(browser, "language-" + language);
                        assertThat(box.get("height"))
                                .as("%s: language button %s high", variant, language)
                                .isGreaterThanOrEqualTo(64);
                        assertThat(box.get("width"))
                                .as("%s: language button %s wide", variant, language)
                                .isGreaterThanOrEqualTo(110);
                    }
                    browser.screenshot("19-" + variant.replace("a11y-", "") + "-attract");

                    new WorkshopsViewElement(browser).open(url("")).waitForList();
                    browser.waitForVaadin();
                    assertOnScreen(browser, variant + " workshops", "my-tickets");
                }
            }
        }
    }

    @Test
    void shouldShowTheFullConsentTextOneTapAway() {
        try (Browser browser = new Browser(1080, 1920)) {
            GuestViewElement guest = new GuestViewElement(browser).open(url(""));
            assertThat(guest.consentText()).contains("tanpa nama").contains("3 tahun");
            assertThat(guest.readFullConsent()).contains("90 hari").contains("kelompok usia");
            browser.checkAndScreenshot("19-guest-consent-full-text");
            guest.closeFullConsent();
            guest.consent();
            assertThat(guest.consentGiven()).isTrue();
        }
    }

    @Test
    void shouldSayGoodbyeAtTheExitAndShowTheClockInTheVisitorsLanguage() {
        try (Browser browser = new Browser(1080, 1920)) {
            AttractViewElement attract = new AttractViewElement(browser).open(url(""), "exit");
            KioskFrameElement frame = new KioskFrameElement(browser);
            assertThat(attract.title()).startsWith("Terima kasih").doesNotContain("Selamat datang");
            assertThat(attract.subtitle()).contains("Sampai jumpa").doesNotContain("untuk mulai");
            assertThat(frame.clock()).containsAnyOf(INDONESIAN_DAYS);
            browser.checkAndScreenshot("19-exit-attract");

            // The switch rebuilds the screen in the page: no reload that blanks the screen for seconds.
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window._samePage = 'yes';");
            attract.switchLanguage("en").waitForTitle("Thank you for visiting");
            assertThat(js.executeScript("return window._samePage;"))
                    .as("the page was not reloaded")
                    .isEqualTo("yes");
            frame.waitForClock("day,");
            assertThat(frame.clock()).containsAnyOf(ENGLISH_DAYS);
            browser.screenshot("19-exit-attract-english");

            attract.switchLanguage("jv").waitForTitle("Matur nuwun");
            assertThat(frame.clock()).containsAnyOf(JAVANESE_DAYS);
            browser.screenshot("19-exit-attract-javanese");
        } finally {
            try (Browser reset = new Browser(1080, 1920)) {
                new AttractViewElement(reset).open(url(""), "entrance");
            }
        }
    }

    @Test
    void shouldShowNoEnglishOnAnIndonesianKioskScreen() throws Exception {
        Set<String> english = englishOnlyTexts();
        assertThat(english).as("texts only the English bundle has").hasSizeGreaterThan(300);
        try (Browser browser = new Browser(1080, 1920)) {
            for (String path : List.of("/", "/check-in", "/check-in/guest", "/check-in/group", "/ask", "/kegiatan")) {
                browser.open(url(path));
                new KioskFrameElement(browser).waitUntilShown();
                browser.waitForVaadin();
                String text = browser.pageText();
                List<String> found =
                        english.stream().filter(text::contains).sorted().toList();
                assertThat(found)
                        .as("English on the Indonesian screen %s", path)
                        .isEmpty();
            }
        }
    }

    private static final String[] INDONESIAN_DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] ENGLISH_DAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };
    /** Basa Jawa in Latin script as CLDR writes it: Sunday is "Ahad". */
    private static final String[] JAVANESE_DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Ahad"};

    /**
     * Texts (or the parts between placeholders) of the English bundle that no Indonesian text contains:
     * any of them on an Indonesian screen is English that should not be there.
     */
    static Set<String> englishOnlyTexts() throws Exception {
        Properties en = bundle("en");
        Properties id = bundle("id");
        List<String> indonesian = new ArrayList<>();
        id.values().forEach(v -> indonesian.add(v.toString()));
        return en.values().stream()
                .flatMap(v -> List.of(v.toString().split("\\{\\d+[^}]*}")).stream())
                .map(String::strip)
                .filter(part -> part.length() >= 8 && part.contains(" "))
                .filter(part -> indonesian.stream().noneMatch(i -> i.contains(part)))
                .collect(Collectors.toSet());
    }

    private static Properties bundle(String language) throws Exception {
        Properties properties = new Properties();
        try (var in = KioskReachBrowserIT.class.getResourceAsStream("/i18n/kiosk_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * Each element lies wholly inside the viewport without scrolling, above the accessibility bar, and
     * is what a finger touching its middle or its lower corners hits (nothing covers it, not even the
     * low layout's sticky header).
     */
    private static void assertOnScreen(Browser browser, String where, String... ids) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        try {
            assertEachOnScreen(browser, where, ids);
        } catch (AssertionError e) {
            // What the screen looked like, and where its parts were, for whoever reads the failure.
            browser.screenshot("19-failed-" + where.replaceAll("[^a-zA-Z0-9+-]", "_"));
            throw new AssertionError(e.getMessage() + "\nLayout:\n" + layout(browser), e);
        }
    }

    private static Object layout(Browser browser) {
        return ((JavascriptExecutor) browser.driver()).executeScript("""
                        const parts = ['.kiosk-header', 'main.kiosk-content', '#attract > *',
                          '.kiosk-attract-extras > *', '.kiosk-accessibility'];
                        const out = [];
                        for (const selector of parts) {
                          for (const el of document.querySelectorAll(selector)) {
                            const r = el.getBoundingClientRect();
                            out.push(selector + ' ' + (el.id || el.className) + ' ' + Math.round(r.top) + '-'
                              + Math.round(r.bottom) + ' w' + Math.round(r.width) + ' '
                              + JSON.stringify((el.innerText || '').slice(0, 60)));
                          }
                        }
                        return out.join('\\n');
                        """);
    }

    private static void assertEachOnScreen(Browser browser, String where, String... ids) {
        for (String id : ids) {
            Map<String, Long> box = box(browser, id);
            assertThat(box.get("top")).as("%s: top of #%s", where, id).isGreaterThanOrEqualTo(0);
            assertThat(box.get("bottom"))
                    .as("%s: #%s ends above the accessibility bar (at %s)", where, id, box.get("barTop"))
                    .isLessThanOrEqualTo(box.get("barTop"));
            assertThat(box.get("hit"))
                    .as("%s: a touch on #%s reaches it", where, id)
                    .isEqualTo(1L);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> box(Browser browser, String id) {
        browser.find(By.id(id));
        return (Map<String, Long>) ((JavascriptExecutor) browser.driver()).executeScript("""
                        const el = document.getElementById(arguments[0]);
                        const r = el.getBoundingClientRect();
                        const bar = document.querySelector('.kiosk-accessibility');
                        const barTop = bar ? bar.getBoundingClientRect().top : window.innerHeight;
                        // The middle and the lower corners: a sticky header or bar over part of it counts as covering.
                        const reaches = (x, y) => {
                          const at = document.elementFromPoint(x, y);
                          return at && (el === at || el.contains(at) || (at.getRootNode().host && el.contains(at.getRootNode().host)));
                        };
                        const inset = Math.min(12, r.width / 4, r.height / 4);
                        const hit = reaches(r.left + r.width / 2, r.top + r.height / 2)
                          && reaches(r.left + inset, r.bottom - inset) && reaches(r.right - inset, r.bottom - inset);
                        return {top: Math.floor(r.top), bottom: Math.ceil(r.bottom), width: Math.round(r.width),
                          height: Math.round(r.height), barTop: Math.floor(Math.min(barTop, window.innerHeight)),
                          hit: hit ? 1 : 0};
                        """, id);
    }

    /** The smaller side of the picture in a choice button, in CSS pixels. */
    private static long pictureSize(Browser browser, String id) {
        Object size = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const r = document.getElementById(arguments[0]).querySelector('vaadin-icon').getBoundingClientRect();"
                                + " return Math.round(Math.min(r.width, r.height));",
                        id);
        return ((Number) size).longValue();
    }

    private static long checkboxSize(Browser browser, String id) {
        Object size = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const box = document.getElementById(arguments[0]).shadowRoot.querySelector('[part~=checkbox]');"
                                + " const r = box.getBoundingClientRect(); return Math.round(Math.min(r.width, r.height));",
                        id);
        return ((Number) size).longValue();
    }
}
