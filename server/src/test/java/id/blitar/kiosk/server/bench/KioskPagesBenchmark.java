package id.blitar.kiosk.server.bench;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.server.browser.Browser;
import id.blitar.kiosk.server.browser.ScannerEmulator;
import id.blitar.kiosk.server.browser.StaffViewElement;
import id.blitar.kiosk.server.security.StaffAccounts;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints what a person at a screen waits for, measured in headless Chromium against the whole application in
 * production mode (issue 20): scan to welcome with eight entrance kiosks open, the heap one open kiosk UI costs,
 * the JavaScript a first load transfers, and how long staff pages take to show their content (cold and warm).
 * Not a test: nothing is asserted, figures go to standard output. Run with {@code bench/kiosk-pages.sh}.
 *
 * <p>Times are taken inside the page ({@code performance.now()}, a MutationObserver and the next animation
 * frame), so WebDriver's round trips do not count. Arguments: {@code h2} (embedded default, file database in a
 * temporary folder) or {@code mysql} (the test database server, schema {@code kiosk_bench_pages}).
 */
public final class KioskPagesBenchmark {

    private static final int KIOSKS = 8;
    private static final int SCANS = 120;
    private static final int WARM_UP_SCANS = 16;
    private static final int BURST_ROUNDS = 5;
    private static final int MEMBERS = 500;
    private static final int UIS = 200;
    private static final int WARM_LOADS = 5;
    private static final String MANAGER = "benchkepala";
    private static final String LIBRARIAN = "benchrujukan";
    private static final String PASSWORD = "bench-secret-1";

    /**
     * Installed in every document before its own scripts run: records when each screen's first meaningful
     * content entered the DOM ({@code dom}) and the animation frame after it ({@code frame}, the paint).
     */
    private static final String PROBES = """
            (() => {
              const text = s => { const e = document.querySelector(s); return e ? e.textContent : ''; };
              const probes = {
                attract: () => document.querySelector('#attract #start-check-in'),
                board: () => document.querySelector('#board #board-serving'),
                satisfaction: () => document.querySelector('#satisfaction-figures .manage-summary'),
                dashboard: () => document.querySelector('#dashboard-content #section-satisfaction'),
                editor: () => text('#model-status').includes('dimuat') && document.querySelector('#model-canvas svg'),
                worklist: () => document.querySelector('#worklist') && text('#shift-status').includes('bertugas'),
              };
              window.__seen = {};
              const check = () => {
                const now = performance.now();
                for (const name in probes) {
                  if (window.__seen[name]) continue;
                  let shown = false;
                  try { shown = !!probes[name](); } catch (e) { }
                  if (shown) {
                    const seen = {dom: now};
                    window.__seen[name] = seen;
                    requestAnimationFrame(() => { seen.frame = performance.now(); });
                  }
                }
              };
              new MutationObserver(check).observe(document, {subtree: true, childList: true, characterData: true});
            })();
            """;

    private KioskPagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        // Selenium warns at every CDP command that it has no CDP binding for this Chromium; only raw commands are used.
        System.setProperty("logging.level.org.openqa.selenium", "ERROR");
        try (ConfigurableApplicationContext app = BenchmarkApp.start(database, "kiosk_bench_pages")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            UiCounter uis = UiCounter.install(app, base);
            MemberService members = app.getBean(MemberService.class);
            for (int i = 0; i < MEMBERS; i++) {
                members.register(
                        card(i),
                        callName(i) + " Bench",
                        "Umum",
                        AgeGroup.ADULT,
                        null,
                        null,
                        LocalDate.now().plusYears(1));
            }
            StaffAccounts staff = app.getBean(StaffAccounts.class);
            staff.ensureGroups();
            staff.create(
                    MANAGER, "Bench", "Kepala", PASSWORD, List.of("managers", "camunda-admin", "duty-supervisors"));
            staff.create(LIBRARIAN, "Bench", "Rujukan", PASSWORD, List.of("librarians", "reference"));
            QuestionProcess questions = app.getBean(QuestionProcess.class);
            for (int i = 0; i < WARM_LOADS + 3; i++) {
                questions.ask(new NewQuestion(Topic.BOOKS, "Pertanyaan " + i, null, Channel.WALK_IN, null, "bench"));
            }

            System.out.printf(
                    "%nKiosk pages benchmark on %s (production mode, headless Chromium, %d cores)%n",
                    database, Runtime.getRuntime().availableProcessors());
            System.out.println("Times are taken in the page: performance.now() from navigation start (or from the"
                    + " scan's first key / the click) to the animation frame after the content entered the DOM.");
            System.out.println("asked = when the page sent the request that builds the view (the client's first"
                    + " navigation, the first ?v-r=uidl after ?v-r=init; a claim's click at 0), server = that request's"
                    + " round trip; the rest is the browser.");
            List<String> transfers = new ArrayList<>();
            staffPages(base, transfers);
            transfers.add(0, kioskFirstLoad(base));
            transfers.add(lanFirstLoad(base));
            scans(base);
            heapPerUi(uis);
            System.out.printf("%nJavaScript on a first load (fresh profile, browser cache empty)%n");
            transfers.forEach(System.out::print);
            System.out.print(Compression.check(base));
        }
    }

    // --- 4. Where staff wait (and 3. their JavaScript) ---------------------------------------------------

    private static void staffPages(String base, List<String> transfers) {
        System.out.printf(
                "%nWhere staff wait: first meaningful content (cold = first load of the page since start, browser"
                        + " cache empty; warm = p50 of %d further loads)%n",
                WARM_LOADS);
        try (Browser librarian = probed()) {
            // The sign-in lands on the worklist: its first load since start, and the one that starts the shift.
            new StaffViewElement(librarian).signIn(base, LIBRARIAN, PASSWORD);
            Shown cold = seen(librarian, "worklist");
            List<Shown> warm = new ArrayList<>();
            for (int i = 0; i < WARM_LOADS; i++) {
                warm.add(load(librarian, base + "/staff", "worklist"));
            }
            printPage("/staff worklist (librarian, after sign-in)", cold, warm);
            Shown coldClaim = claim(librarian);
            List<Shown> warmClaims = new ArrayList<>();
            for (int i = 0; i < WARM_LOADS; i++) {
                warmClaims.add(claim(librarian));
            }
            printPage("/staff claim: 'Ambil' to shown as mine (server: uidl)", coldClaim, warmClaims);
        }
        try (Browser manager = probed()) {
            new StaffViewElement(manager).signIn(base, MANAGER, PASSWORD);
            page(manager, base, "/board", "board", "/board (now-serving wall screen)", transfers);
            page(
                    manager,
                    base,
                    "/manage/satisfaction",
                    "satisfaction",
                    "/manage/satisfaction (satisfaction figures)",
                    transfers);
            page(manager, base, "/manage", "dashboard", "/manage (dashboard)", transfers);
            page(
                    manager,
                    base,
                    "/manage/models/edit/visit",
                    "editor",
                    "/manage/models/edit/visit (model editor)",
                    transfers);
            page(manager, base, "/staff", "worklist", "/staff (manager's worklist)", transfers);
        }
    }

    private static void page(
            Browser browser, String base, String path, String probe, String name, List<String> transfers) {
        clearCache(browser);
        Shown cold = load(browser, base + path, probe);
        transfers.add(scripts(browser, name + ", signed in"));
        List<Shown> warm = new ArrayList<>();
        for (int i = 0; i < WARM_LOADS; i++) {
            warm.add(load(browser, base + path, probe));
        }
        printPage(name, cold, warm);
    }

    /** Claims the first task of "Tugas grup saya" by a click in the page; milliseconds until it is listed as mine. */
    private static Shown claim(Browser browser) {
        Object result = js(browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const started = Date.now();
                const go = () => {
                  const item = document.querySelector('#group-tasks .work-item');
                  const button = item && item.querySelector('vaadin-button.claim');
                  if (!button) {
                    if (Date.now() - started > 20000) { done([-1, -1]); return; }
                    setTimeout(go, 50);
                    return;
                  }
                  const mine = '#my-tasks .work-item[data-question-id="' + item.dataset.questionId + '"]';
                  const t0 = performance.now();
                  const observer = new MutationObserver(() => {
                    if (document.querySelector(mine)) {
                      observer.disconnect();
                      requestAnimationFrame(() => {
                        const shown = performance.now() - t0;
                        const uidl = performance.getEntriesByType('resource')
                          .filter(e => e.name.includes('v-r=uidl') && e.startTime >= t0);
                        done([shown, uidl.length ? uidl[0].responseEnd - uidl[0].requestStart : -1]);
                      });
                    }
                  });
                  observer.observe(document.body, {subtree: true, childList: true});
                  button.click();
                };
                go();
                """);
        browser.waitForVaadin();
        List<?> times = (List<?>) result;
        return new Shown(((Number) times.get(0)).doubleValue(), ((Number) times.get(1)).doubleValue(), 0);
    }

    // --- 3. JavaScript on a kiosk's first load ----------------------------------------------------------

    private static String kioskFirstLoad(String base) {
        try (Browser kiosk = probed()) {
            Shown shown = load(kiosk, base + "/", "attract");
            System.out.printf(
                    "%-52s %6.0f ms  (asked %.0f, server %.0f ms)%n",
                    "/ kiosk attract screen, first load (fresh profile)",
                    shown.content(),
                    shown.requested(),
                    shown.server());
            return scripts(kiosk, "/ entrance kiosk");
        }
    }

    /**
     * The board as a screen elsewhere on the library's network loads it: by this machine's own address over plain
     * HTTP, not localhost (Chromium asks for brotli only over HTTPS and from localhost).
     */
    private static String lanFirstLoad(String base) throws Exception {
        String address = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (address == null && a instanceof Inet4Address && !a.isLoopbackAddress() && nic.isUp()) {
                    address = a.getHostAddress();
                }
            }
        }
        if (address == null) {
            return String.format("%-52s no address but loopback on this machine%n", "/board over the LAN");
        }
        try (Browser screen = probed()) {
            String url = base.replace("localhost", address) + "/board";
            screen.open(url);
            Object view = js(screen)
                    .executeScript("return document.getElementById('board') ? 'the board'"
                            + " : 'not the board but ' + location.pathname;");
            return scripts(screen, "/board by " + address + " (plain HTTP; " + view + ")");
        }
    }

    /** The page's script resources as Resource Timing saw them (after the network has been quiet a moment). */
    @SuppressWarnings("unchecked")
    private static String scripts(Browser browser, String name) {
        waitForQuietNetwork(browser);
        List<Map<String, Object>> entries =
                (List<Map<String, Object>>) js(browser).executeScript("""
                return performance.getEntriesByType('resource')
                  .filter(e => new URL(e.name).pathname.endsWith('.js'))
                  .map(e => ({name: new URL(e.name).pathname, transfer: e.transferSize,
                              encoded: e.encodedBodySize, decoded: e.decodedBodySize}));
                """);
        long transfer = 0;
        long encoded = 0;
        long decoded = 0;
        for (Map<String, Object> e : entries) {
            transfer += ((Number) e.get("transfer")).longValue();
            encoded += ((Number) e.get("encoded")).longValue();
            decoded += ((Number) e.get("decoded")).longValue();
        }
        StringBuilder out = new StringBuilder(String.format(
                "%-52s %3d files  transferred %7.1f KB (bodies %7.1f KB)  uncompressed %7.1f KB%n",
                name, entries.size(), transfer / 1024.0, encoded / 1024.0, decoded / 1024.0));
        entries.stream()
                .sorted(Comparator.comparingLong((Map<String, Object> e) -> ((Number) e.get("encoded")).longValue())
                        .reversed())
                .limit(5)
                .forEach(e -> out.append(String.format(
                        "    %7.1f KB on the wire, %7.1f KB uncompressed  %s%n",
                        ((Number) e.get("encoded")).longValue() / 1024.0,
                        ((Number) e.get("decoded")).longValue() / 1024.0,
                        e.get("name"))));
        return out.toString();
    }

    // --- 1. Scan to welcome with eight kiosks open -------------------------------------------------------

    private static void scans(String base) throws Exception {
        List<Browser> kiosks = new ArrayList<>();
        try {
            for (int k = 0; k < KIOSKS; k++) {
                Browser kiosk = new Browser(1080, 1920);
                kiosks.add(kiosk);
                kiosk.open(base + "/");
                kiosk.byId("attract");
                js(kiosk).executeScript("""
                        window.__scan = {start: null, enter: null, results: []};
                        document.addEventListener('keydown', e => {
                          const now = performance.now();
                          if (window.__scan.start === null) window.__scan.start = now;
                          if (e.key === 'Enter') window.__scan.enter = now;
                        }, true);
                        let last = null;
                        new MutationObserver(() => {
                          const t = document.getElementById('result-title');
                          const title = t ? t.textContent : null;
                          if (title && title !== last) {
                            const r = {title: title, at: performance.now()};
                            window.__scan.results.push(r);
                            requestAnimationFrame(() => { r.frame = performance.now(); });
                          }
                          last = title;
                        }).observe(document.body, {subtree: true, childList: true, characterData: true});
                        """);
            }
            List<ScannerEmulator> scanners = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                scanners.add(new ScannerEmulator(kiosks.get(k), k));
            }
            int next = MEMBERS - WARM_UP_SCANS - KIOSKS * BURST_ROUNDS;
            for (int i = 0; i < WARM_UP_SCANS; i++) {
                scan(kiosks.get(i % KIOSKS), scanners.get(i % KIOSKS), next + i, false);
            }
            next += WARM_UP_SCANS;
            List<double[]> first = new ArrayList<>();
            List<double[]> again = new ArrayList<>();
            for (int i = 0; i < SCANS; i++) {
                first.add(scan(kiosks.get(i % KIOSKS), scanners.get(i % KIOSKS), i, false));
            }
            for (int i = 0; i < SCANS; i++) {
                // A different kiosk than the first scan's: the visitor's card, not the kiosk, is remembered.
                int k = (i + 3) % KIOSKS;
                again.add(scan(kiosks.get(k), scanners.get(k), i, true));
            }
            // All eight kiosks scanning at the same moment (a school class at the doors), each a new member.
            List<double[]> burst = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
            for (int round = 0; round < BURST_ROUNDS; round++) {
                List<Future<?>> done = new ArrayList<>();
                for (int k = 0; k < KIOSKS; k++) {
                    int kiosk = k;
                    int member = next + round * KIOSKS + k;
                    done.add(pool.submit(() -> {
                        burst.add(scan(kiosks.get(kiosk), scanners.get(kiosk), member, false));
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
            pool.shutdown();

            System.out.printf(
                    "%nScan to welcome visible, %d entrance kiosks open (one Chromium each), scanner 5-30 ms per key,"
                            + " card of 11 characters + Enter%n",
                    KIOSKS);
            printScans("first scan 'Selamat datang', one at a time", first);
            printScans("repeat scan 'Selamat datang kembali'", again);
            printScans("8 kiosks scanning at once, 'Selamat datang'", burst);
        } finally {
            kiosks.forEach(Browser::close);
        }
    }

    /**
     * Types the card like a USB scanner and waits for its welcome.
     *
     * @return from the first key to the welcome's frame, and from Enter to it, in milliseconds
     */
    @SuppressWarnings("unchecked")
    private static double[] scan(Browser kiosk, ScannerEmulator scanner, int member, boolean repeat) {
        long before = ((Number) js(kiosk)
                        .executeScript("window.__scan.start = null; window.__scan.enter = null;"
                                + " return window.__scan.results.length;"))
                .longValue();
        scanner.scan(card(member));
        String expected = (repeat ? "Selamat datang kembali, " : "Selamat datang, ") + callName(member) + "!";
        Map<String, Object> found = new WebDriverWait(kiosk.driver(), Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(25))
                .until(d -> {
                    Map<String, Object> s = (Map<String, Object>) js(kiosk).executeScript("return window.__scan;");
                    List<Map<String, Object>> results = (List<Map<String, Object>>) s.get("results");
                    for (int i = (int) before; i < results.size(); i++) {
                        Map<String, Object> r = results.get(i);
                        if (expected.equals(r.get("title")) && r.get("frame") != null) {
                            return Map.of("start", s.get("start"), "enter", s.get("enter"), "frame", r.get("frame"));
                        }
                        if (!expected.equals(r.get("title")) && ((String) r.get("title")).contains(callName(member))) {
                            throw new IllegalStateException("Expected " + expected + " but saw " + r.get("title"));
                        }
                    }
                    return null;
                });
        double frame = ((Number) found.get("frame")).doubleValue();
        return new double[] {
            frame - ((Number) found.get("start")).doubleValue(), frame - ((Number) found.get("enter")).doubleValue()
        };
    }

    // --- 2. Heap per open kiosk UI ---------------------------------------------------------------------

    private static void heapPerUi(UiCounter uis) throws Exception {
        System.out.printf(
                "%nHeap per open kiosk UI (sessions opened like a kiosk's browser over plain HTTP; twice %d)%n", UIS);
        for (int batch = 1; batch <= 2; batch++) {
            UiCounter.Opened opened = uis.openKiosks(UIS);
            System.out.printf(
                    "%-52s %d sessions, %d new UIs alive %s; the UI created by %s%n",
                    "batch " + batch + " opened", opened.sessions(), opened.uis(), opened.views(), opened.how());
            System.out.printf(
                    "%-52s before %.1f MB, after %.1f MB: %.1f KB per session with its UI%n",
                    "batch " + batch + " heap used after System.gc()",
                    opened.heapBefore() / 1048576.0,
                    opened.heapAfter() / 1048576.0,
                    (opened.heapAfter() - opened.heapBefore()) / 1024.0 / Math.max(1, opened.uis()));
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** A fresh headless Chromium at kiosk size whose every document records its first meaningful content. */
    private static Browser probed() {
        Browser browser = new Browser(1080, 1920);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBES));
        return browser;
    }

    private static void clearCache(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.enable", Map.of());
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** When a screen's content was shown, and how much of that the server took to answer for it. */
    record Shown(double content, double server, double requested) {}

    /** Loads the page and returns when its content was shown, in milliseconds from navigation start. */
    private static Shown load(Browser browser, String url, String probe) {
        browser.driver().get(url);
        return seen(browser, probe);
    }

    /**
     * When the probe's content was shown; the server's part is the request that built the view: the client's
     * first navigation (the first uidl request after Vaadin's init request), otherwise the page itself.
     */
    @SuppressWarnings("unchecked")
    private static Shown seen(Browser browser, String probe) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(50))
                .until(d -> js(browser)
                        .executeScript(
                                "const s = window.__seen && window.__seen[arguments[0]]; return s && s.frame;", probe));
        browser.waitForVaadin();
        Map<String, Object> times = (Map<String, Object>) js(browser).executeScript("""
                const all = performance.getEntriesByType('resource');
                const init = all.find(e => e.name.includes('v-r=init'));
                const view = init && all.find(e => e.name.includes('v-r=uidl') && e.startTime >= init.responseEnd);
                const nav = performance.getEntriesByType('navigation')[0];
                const built = view || nav;
                return {content: window.__seen[arguments[0]].frame,
                        server: built.responseEnd - built.requestStart,
                        requested: built.requestStart};
                """, probe);
        return new Shown(
                ((Number) times.get("content")).doubleValue(),
                ((Number) times.get("server")).doubleValue(),
                ((Number) times.get("requested")).doubleValue());
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static void printPage(String name, Shown cold, List<Shown> warm) {
        List<Double> content = warm.stream().map(Shown::content).sorted().toList();
        List<Double> server = warm.stream().map(Shown::server).sorted().toList();
        List<Double> requested = warm.stream().map(Shown::requested).sorted().toList();
        int median = (warm.size() - 1) / 2;
        System.out.printf(
                "%-52s cold %5.0f ms (asked %4.0f, server %4.0f)  warm p50 %5.0f ms (asked %4.0f, server %4.0f)"
                        + "  min %.0f, max %.0f%n",
                name,
                cold.content(),
                cold.requested(),
                cold.server(),
                content.get(median),
                requested.get(median),
                server.get(median),
                content.get(0),
                content.get(content.size() - 1));
    }

    private static void printScans(String name, List<double[]> samples) {
        List<Double> fromFirstKey = samples.stream().map(s -> s[0]).sorted().toList();
        List<Double> fromEnter = samples.stream().map(s -> s[1]).sorted().toList();
        System.out.printf(
                "%-52s first key: p50 %5.0f  p95 %5.0f  p99 %5.0f  max %5.0f ms  (n=%d)%n",
                name,
                pct(fromFirstKey, 50),
                pct(fromFirstKey, 95),
                pct(fromFirstKey, 99),
                fromFirstKey.get(fromFirstKey.size() - 1),
                samples.size());
        System.out.printf(
                "%-52s Enter:     p50 %5.0f  p95 %5.0f  p99 %5.0f  max %5.0f ms%n",
                "", pct(fromEnter, 50), pct(fromEnter, 95), pct(fromEnter, 99), fromEnter.get(fromEnter.size() - 1));
    }

    private static double pct(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String card(int i) {
        return String.format("BENCH-%05d", i);
    }

    /** A one-word name of letters only, different for every member, so each welcome names its own visitor. */
    private static String callName(int i) {
        return "Uji" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    /**
     * Waits until the page has loaded and its resource list stopped growing for two polls in a row (250 ms apart),
     * at most 10 s: lazily loaded scripts (ECharts, bpmn-js) are in the list by then.
     */
    private static void waitForQuietNetwork(Browser browser) {
        long[] last = {-1};
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(250))
                .until(driver -> {
                    long count = ((Number) ((JavascriptExecutor) driver)
                                    .executeScript("return document.readyState === 'complete'"
                                            + " ? performance.getEntriesByType('resource')"
                                            + ".filter(e => e.responseEnd > 0).length : -1"))
                            .longValue();
                    boolean quiet = count >= 0 && count == last[0];
                    last[0] = count;
                    return quiet;
                });
    }
}
