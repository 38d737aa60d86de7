package id.blitar.kiosk.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.blitar.kiosk.KioskApplication;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.TestDatabase;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.AskResult;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.process.QuestionShifts;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.WorkResult;
import id.blitar.kiosk.server.browser.BoardViewElement;
import id.blitar.kiosk.server.browser.Browser;
import id.blitar.kiosk.server.browser.StaffViewElement;
import id.blitar.kiosk.server.browser.WorklistViewElement;
import id.blitar.kiosk.server.browser.WorkshopsViewElement;
import id.blitar.kiosk.visit.domain.VisitRepository;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.CheckOutResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.RegistrationStatus;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.process.SignUp;
import id.blitar.kiosk.workshop.process.SignUpResult;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes (two Spring contexts with their own web servers, engines and job executors) on one
 * schema of the MySQL-protocol test database, started together on the empty schema, as a deployment behind
 * a sticky proxy runs them: a question asked on node A reaches the worklist open on node B, a number called
 * on B the board open on A (real Chromium, no reload; delays measured in the browser over 50 events each and
 * printed); a renewal task from A's kiosk reaches B's membership desk; check-in on A, check-out on B; ten
 * rounds of 200 sign-ups split across both nodes for 20 seats; an offer's timer fires once across both job
 * executors; node B restarted shows what happened meanwhile and follows A again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String SCHEMA = "kiosk_it_cluster";
    private static final int EVENTS = 50;
    private static final Duration TARGET = Duration.ofSeconds(2);

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private final List<Browser> browsers = new ArrayList<>();
    private final List<Long> walkIns = new ArrayList<>();
    private Browser librarianOnB;

    @BeforeAll
    void startBothNodesTogether() {
        String url = TestDatabase.url(SCHEMA);
        // Spring Boot sets up the JVM's one logging system while an application's environment is prepared, and two
        // doing it at once in one JVM fail ("Unable to find Spring Environment in logger context"): B starts once A
        // has passed that point. Both then create their engines, schemas and demo data at the same time.
        java.util.concurrent.CountDownLatch loggingReady = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> a =
                CompletableFuture.supplyAsync(() -> start("A", url, loggingReady));
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> {
            try {
                loggingReady.await(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return start("B", url, new java.util.concurrent.CountDownLatch(1));
        });
        nodeA = a.join();
        nodeB = b.join();
    }

    @AfterAll
    void stopEverything() {
        browsers.forEach(Browser::close);
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext start(
            String node, String url, java.util.concurrent.CountDownLatch loggingReady) {
        TestDatabase.Server server = TestDatabase.server();
        return new SpringApplicationBuilder(KioskApplication.class)
                .listeners(event -> {
                    if (event instanceof org.springframework.boot.context.event.ApplicationPreparedEvent) {
                        loggingReady.countDown();
                    }
                })
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + server.user(),
                        "--spring.datasource.password=" + server.password(),
                        "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
                        "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED",
                        "--kiosk.demo-data.enabled=true",
                        // The browsers here open kiosk screens from this machine without pairing.
                        "--kiosk.devices.allow-localhost=true",
                        "--kiosk.mail.outbox-dir=target/outbox-cluster-" + node,
                        // A waitlist offer lapses while the test watches, so its timer is due during the test.
                        "--kiosk.workshop.offer-validity=PT4S",
                        // An idle job executor looks for due jobs every 0.5-2 s instead of backing off to a minute.
                        "--camunda.bpm.job-execution.wait-time-in-millis=500",
                        "--camunda.bpm.job-execution.max-wait=2000",
                        // Camunda keeps engines in a static registry by name, and Cockpit one JVM-wide lookup:
                        // names of their own, and no webapps, so the other tests' cached application is untouched.
                        "--camunda.bpm.process-engine-name=cluster" + node,
                        "--camunda.bpm.webapp.enabled=false");
    }

    private static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path;
    }

    private Browser browser(int width, int height) {
        Browser browser = new Browser(width, height);
        browsers.add(browser);
        return browser;
    }

    @Test
    @Order(1)
    void shouldReportTheDatabaseAndTheJobExecutorOfEachNode() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(url(node, "/actuator/health")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body())
                    .contains("\"db\":{\"status\":\"UP\"}")
                    .contains("\"jobExecutor\":{\"status\":\"UP\"}");
        }
    }

    @Test
    @Order(2)
    void shouldShowAQuestionAskedOnNodeAOnTheWorklistOpenOnNodeB() {
        Browser librarian = browser(1366, 900);
        new StaffViewElement(librarian).signIn(url(nodeB, ""), "rujukan", "rujukan123");
        new WorklistViewElement(librarian).waitUntilShown();
        watch(librarian, WorklistViewElement.TASK_CARDS, "data-question-id");
        QuestionProcess questionsA = nodeA.getBean(QuestionProcess.class);

        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            AskResult asked = questionsA.ask(new NewQuestion(
                    Topic.BOOKS,
                    "Buku sejarah Blitar nomor " + i + " untuk tugas sekolah?",
                    null,
                    Channel.WALK_IN,
                    null,
                    "Kios A"));
            long committed = System.currentTimeMillis();
            assertThat(asked).isInstanceOf(AskResult.Queued.class);
            long id = ((AskResult.Queued) asked).questionId();
            walkIns.add(id);
            delays.add(seenAt(librarian, String.valueOf(id)) - committed);
        }
        librarian.screenshot("cluster-01-worklist-on-b");
        report("question asked on A -> worklist on B", delays);
    }

    @Test
    @Order(3)
    void shouldShowANumberCalledOnNodeBOnTheBoardOpenOnNodeA() {
        Browser wall = browser(1920, 1080);
        new BoardViewElement(wall).open(url(nodeA, ""));
        watch(wall, BoardViewElement.SERVING_NUMBERS, null);
        QuestionWorklist worklistB = nodeB.getBean(QuestionWorklist.class);
        QuestionTasks tasksB = nodeB.getBean(QuestionTasks.class);

        List<Long> delays = new ArrayList<>();
        for (long id : walkIns) {
            WorkItem item = worklistB.groupTasks("rujukan").stream()
                    .filter(w -> w.questionId() == id)
                    .findFirst()
                    .orElseThrow();
            assertThat(tasksB.claim(item.taskId(), "rujukan")).isInstanceOf(WorkResult.Done.class);
            assertThat(tasksB.call(item.taskId(), "rujukan", "Meja 1")).isInstanceOf(WorkResult.Done.class);
            long committed = System.currentTimeMillis();
            delays.add(seenAt(wall, item.queueNumber()) - committed);
        }
        wall.screenshot("cluster-02-board-on-a");
        report("number called on B -> board on A", delays);
    }

    @Test
    @Order(4)
    void shouldCheckOutOnNodeBAVisitThatCheckedInOnNodeA() {
        CheckInResult in = nodeA.getBean(VisitProcess.class).checkInMember("KPB-0001", "Kios masuk A");
        assertThat(in).isInstanceOf(CheckInResult.Welcomed.class);
        CheckOutResult out = nodeB.getBean(VisitProcess.class).checkOut("KPB-0001", "Kios keluar B");
        assertThat(out).isInstanceOf(CheckOutResult.Goodbye.class);
        long visitId = ((CheckInResult.Welcomed) in).visitId();
        assertThat(nodeA.getBean(VisitRepository.class)
                        .findById(visitId)
                        .orElseThrow()
                        .getCheckedOutAt())
                .as("the visit begun on A is closed by B")
                .isNotNull();
    }

    @Test
    @Order(5)
    void shouldShowARenewalFromAKioskOfNodeAAtTheMembershipDeskOnNodeB() {
        Browser desk = browser(1366, 900);
        StaffViewElement staff = new StaffViewElement(desk).signIn(url(nodeB, ""), "anggota", "anggota123");
        assertThat(staff.renewalsText()).doesNotContain("KPB-0004");

        CheckInResult expired = nodeA.getBean(VisitProcess.class).checkInMember("KPB-0004", "Kios masuk A");
        assertThat(expired)
                .isInstanceOfSatisfying(
                        CheckInResult.Welcomed.class,
                        w -> assertThat(w.membershipExpired()).isTrue());

        // No reload: the grid follows the task's creation on the other node.
        staff.waitForRenewals("KPB-0004");
        desk.screenshot("cluster-03-renewal-on-b");
    }

    @Test
    @Order(6)
    void shouldGiveTwentySeatsAndAnOrderedWaitlistWhenTwoHundredSignUpAcrossBothNodes() throws Exception {
        WorkshopProcess[] nodes = {nodeA.getBean(WorkshopProcess.class), nodeB.getBean(WorkshopProcess.class)};
        WorkshopService workshops = nodeA.getBean(WorkshopService.class);
        for (int round = 0; round < 10; round++) {
            Workshop workshop = workshop(workshops, nodeA.getBean(Clock.class), 20);
            Browser kiosk = null;
            WorkshopsViewElement programme = null;
            if (round == 0) {
                // The programme open at a kiosk of node B follows the seats taken through node A and B.
                kiosk = browser(1080, 1920);
                programme = new WorkshopsViewElement(kiosk).open(url(nodeB, ""));
                programme.waitForList(workshop.getTitle());
            }
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<SignUpResult>> futures = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    WorkshopProcess node = nodes[i % 2];
                    SignUp person = SignUp.guest(
                            "Peserta " + i,
                            null,
                            "peserta." + i + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                            true,
                            "Kios " + (i % 2 == 0 ? "A" : "B"));
                    futures.add(pool.submit(() -> {
                        go.await();
                        return node.signUp(workshop.getId(), person);
                    }));
                }
                go.countDown();
                for (Future<SignUpResult> future : futures) {
                    assertThat(future.get(180, TimeUnit.SECONDS))
                            .isInstanceOfAny(SignUpResult.Confirmed.class, SignUpResult.Waitlisted.class);
                }
            } finally {
                pool.shutdownNow();
            }
            List<Registration> all = workshops.registrationsOf(workshop.getId());
            assertThat(all).hasSize(200);
            assertThat(all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED))
                    .as("round %d", round)
                    .hasSize(20);
            List<Registration> waiting = all.stream()
                    .filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                    .sorted(Comparator.comparing(Registration::getId))
                    .toList();
            assertThat(waiting)
                    .extracting(Registration::getWaitlistPosition)
                    .as("round %d: positions 1..180 in the order the database stored the sign-ups", round)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, 180).boxed().toList());
            assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                    .isEqualTo(20);
            if (kiosk != null) {
                WorkshopsViewElement shown = programme;
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> shown.cardTextNow(workshop.getId()).contains("180"));
                shown.scrollToCard(workshop.getId());
                kiosk.screenshot("cluster-04-programme-full-on-b");
            }
        }
    }

    @Test
    @Order(7)
    void shouldFireALapsedOfferOnceAcrossBothJobExecutors() {
        WorkshopProcess processA = nodeA.getBean(WorkshopProcess.class);
        WorkshopProcess processB = nodeB.getBean(WorkshopProcess.class);
        WorkshopService workshops = nodeA.getBean(WorkshopService.class);
        Workshop workshop = workshop(workshops, nodeA.getBean(Clock.class), 1);
        var first = (SignUpResult.Confirmed)
                processA.signUp(workshop.getId(), SignUp.guest("Ahmad Fauzi", "0812-3456-7801", null, true, "Kios A"));
        var second = (SignUpResult.Waitlisted)
                processB.signUp(workshop.getId(), SignUp.guest("Rina Kartika", "0812-3456-7802", null, true, "Kios B"));
        var third = (SignUpResult.Waitlisted)
                processA.signUp(workshop.getId(), SignUp.guest("Budi Santoso", "0812-3456-7803", null, true, "Kios A"));

        processB.cancelWithTicket(first.ticketCode());

        // Offered to the second person for 4 s; nobody answers, so the timer hands the seat to the third.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> status(workshops, third.registrationId()) == RegistrationStatus.OFFERED);
        assertThat(status(workshops, second.registrationId())).isEqualTo(RegistrationStatus.OFFER_EXPIRED);
        String instance =
                workshops.registration(second.registrationId()).orElseThrow().getProcessInstanceId();
        HistoryService history = nodeA.getBean(HistoryService.class);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId(WorkshopProcess.EVENT_OFFER_EXPIRED)
                        .count())
                .as("the offer's timer fired once")
                .isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId(WorkshopProcess.TASK_EXPIRE_OFFER)
                        .count())
                .isEqualTo(1);
        ManagementService management = nodeB.getBean(ManagementService.class);
        assertThat(management.createJobQuery().withException().count())
                .as("no job failed on either node")
                .isZero();
    }

    @Test
    @Order(8)
    void shouldRunANightlyHousekeepingJobOnOneNodeOnly() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(nodeA.getBean(DataSource.class));
        runScheduledJob(nodeA, "visitRetentionJob", "purge");
        Map<String, Object> taken = jdbc.queryForMap("SELECT * FROM shedlock WHERE name = 'visit-retention'");
        // Node B's scheduler fires the same cron a moment later: the job is still locked (at least 5 min).
        runScheduledJob(nodeB, "visitRetentionJob", "purge");
        assertThat(jdbc.queryForMap("SELECT * FROM shedlock WHERE name = 'visit-retention'"))
                .as("node B did not take the lock again")
                .isEqualTo(taken);
        assertThat((java.sql.Timestamp) taken.get("lock_until")).isAfter((java.sql.Timestamp) taken.get("locked_at"));
    }

    @Test
    @Order(9)
    void shouldShowWhatHappenedWhileNodeBWasDownAndFollowNodeAAgain() {
        browsers.forEach(Browser::close);
        browsers.clear();
        nodeB.close();
        QuestionProcess questionsA = nodeA.getBean(QuestionProcess.class);
        List<Long> meanwhile = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AskResult asked = questionsA.ask(new NewQuestion(
                    Topic.BOOKS, "Selama node B mati: pertanyaan " + i + "?", null, Channel.WALK_IN, null, "Kios A"));
            meanwhile.add(((AskResult.Queued) asked).questionId());
        }

        nodeB = start("B", TestDatabase.url(SCHEMA), new java.util.concurrent.CountDownLatch(1));
        Browser librarian = browser(1366, 900);
        new StaffViewElement(librarian).signIn(url(nodeB, ""), "rujukan", "rujukan123");
        WorklistViewElement worklist = new WorklistViewElement(librarian).waitUntilShown();
        meanwhile.forEach(worklist::waitForGroupTask);

        watch(librarian, WorklistViewElement.GROUP_TASK_CARDS, "data-question-id");
        AskResult after = questionsA.ask(new NewQuestion(
                Topic.BOOKS, "Setelah node B kembali: ada buku resep?", null, Channel.WALK_IN, null, "Kios A"));
        long committed = System.currentTimeMillis();
        long delay = seenAt(librarian, String.valueOf(((AskResult.Queued) after).questionId())) - committed;
        System.out.printf("Cluster: after node B restarted, question asked on A -> worklist on B in %d ms%n", delay);
        librarian.screenshot("cluster-05-worklist-after-restart");
        librarianOnB = librarian;
    }

    @Test
    @Order(10)
    void shouldTellTheLibrariansOtherWorklistThatTheShiftEnded() {
        // The same librarian, at a second desk PC that reaches node A, ends the shift there.
        Browser otherDesk = browser(1366, 900);
        new StaffViewElement(otherDesk).signIn(url(nodeA, ""), "rujukan", "rujukan123");
        new WorklistViewElement(otherDesk).waitUntilShown().endShift();

        // The worklist still open on node B no longer says "on duty" (visitors are no longer offered a wait).
        new WorklistViewElement(librarianOnB).waitForShiftStatus("sudah diakhiri di halaman lain");
        librarianOnB.screenshot("cluster-06-shift-ended-elsewhere");
        assertThat(nodeB.getBean(QuestionShifts.class).onShift("rujukan")).isFalse();
    }

    // ----- helpers -----------------------------------------------------------------------------------

    /** Calls a {@code @Scheduled} job through its Spring proxy, as the node's scheduler does. */
    private static void runScheduledJob(ConfigurableApplicationContext node, String bean, String method)
            throws Exception {
        Object job = node.getBean(bean);
        java.lang.reflect.Method run = job.getClass().getMethod(method);
        run.setAccessible(true);
        run.invoke(job);
    }

    /**
     * Records in the page the first moment (the browser's clock, the same machine's) that each element
     * matching the selector appeared, keyed by the attribute or by its text.
     */
    private static void watch(Browser browser, String selector, String keyAttribute) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const sel = arguments[0], key = arguments[1]; window.__seen = window.__seen || {};"
                                + " const note = () => document.querySelectorAll(sel).forEach(e => {"
                                + "   const k = key ? e.getAttribute(key) : e.textContent.trim();"
                                + "   if (!(k in window.__seen)) { window.__seen[k] = Date.now(); } });"
                                + " note(); if (window.__watching) { window.__watching.disconnect(); }"
                                + " window.__watching = new MutationObserver(note);"
                                + " window.__watching.observe(document.body, {childList: true, subtree: true,"
                                + "   characterData: true});",
                        selector,
                        keyAttribute);
    }

    /** When the page first showed the key (epoch millis), waiting up to 15 s: none may be lost. */
    private static long seenAt(Browser browser, String key) {
        LongSupplier read = () -> {
            Object at = ((JavascriptExecutor) browser.driver())
                    .executeScript("return (window.__seen || {})[arguments[0]] || 0;", key);
            return ((Number) at).longValue();
        };
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(25))
                .alias(key + " shown")
                .until(() -> read.getAsLong() > 0);
        return read.getAsLong();
    }

    private static void report(String what, List<Long> delays) {
        List<Long> sorted = delays.stream().sorted().toList();
        long p50 = sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1);
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.printf(
                "Cluster: %s over %d events: p50 %d ms, p95 %d ms, max %d ms%n",
                what, sorted.size(), p50, p95, sorted.get(sorted.size() - 1));
        assertThat(sorted).hasSize(EVENTS);
        assertThat(p95).as("%s p95 (ms)", what).isLessThanOrEqualTo(TARGET.toMillis());
    }

    private static RegistrationStatus status(WorkshopService workshops, long registrationId) {
        return workshops.registration(registrationId).orElseThrow().getStatus();
    }

    private static Workshop workshop(WorkshopService workshops, Clock clock, int seats) {
        LocalDateTime start = LocalDateTime.now(clock)
                .plusDays(5)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return workshops.store(
                null,
                new WorkshopDraft(
                        "Klub baca " + UUID.randomUUID().toString().substring(0, 6),
                        "Membaca bersama di dua gedung",
                        WorkshopType.WORKSHOP,
                        EnumSet.of(AgeGroup.TEEN, AgeGroup.ADULT),
                        "Ruang Serbaguna",
                        seats,
                        start.minusDays(30),
                        start,
                        null,
                        List.of(new WorkshopDraft.SessionDraft(start, start.plusHours(2)))),
                "kepala");
    }
}
