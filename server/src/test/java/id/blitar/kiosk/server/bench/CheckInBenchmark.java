package id.blitar.kiosk.server.bench;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.process.TapResult;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.AskResult;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.WorkResult;
import id.blitar.kiosk.server.security.StaffAccounts;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.CheckOutResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints what a visitor's and a librarian's actions cost against the floor, in one run: a bare durable
 * single-row INSERT through the application's own connection pool (the visitor-counter design, one
 * committed row, nothing else), then check-in, repeat scan, check-out, asking a librarian, the worklist
 * with 1,000 open questions, a claim and a poll tap through the real facades, engine and database (no
 * browser), each at 1, 4 and 16 concurrent callers ("kiosks"): latency p50/p95/p99 in milliseconds,
 * completed calls per second, errors, and each percentile as a ratio to the floor's at the same number of
 * callers. A stock-engine reference runs beside them: a check-in-like process built with Camunda's model
 * API (three expression service tasks) started in one transaction with one JDBC row, on the same engine
 * configuration. Not a test: nothing is asserted; figures go to standard output for people to compare
 * within one run (absolute timings on shared 2-core machines are noisy). Run with {@code bench/check-in.sh}.
 *
 * <p>Arguments: {@code h2} (embedded default, file database in a temporary folder) or {@code mysql} (the
 * test database server, schema {@code kiosk_bench}); then optionally the calls per operation and level
 * (default 300).
 */
public final class CheckInBenchmark {

    private static final int[] LEVELS = {1, 4, 16};
    private static final String STOCK_KEY = "bench-stock-check-in";

    private CheckInBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (ConfigurableApplicationContext app = BenchmarkApp.start(database, "kiosk_bench")) {
            new CheckInBenchmark().run(app, database, calls);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    private void run(ConfigurableApplicationContext app, String database, int calls) throws Exception {
        MemberService memberService = app.getBean(MemberService.class);
        VisitProcess visits = app.getBean(VisitProcess.class);
        QuestionProcess questions = app.getBean(QuestionProcess.class);
        QuestionWorklist worklist = app.getBean(QuestionWorklist.class);
        QuestionTasks tasks = app.getBean(QuestionTasks.class);
        PollProcess polls = app.getBean(PollProcess.class);
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        RuntimeService runtime = app.getBean(RuntimeService.class);

        int members = calls * LEVELS.length + 200;
        long registering = System.nanoTime();
        for (int i = 0; i < members; i++) {
            memberService.register(
                    card(i),
                    "Anggota Uji " + i,
                    "Umum",
                    AgeGroup.ADULT,
                    null,
                    null,
                    LocalDate.now().plusYears(1));
        }
        System.out.printf("registered %d members in %.1f s%n", members, (System.nanoTime() - registering) / 1e9);
        jdbc.execute("DROP TABLE IF EXISTS bench_floor");
        jdbc.execute("CREATE TABLE bench_floor (id BIGINT AUTO_INCREMENT PRIMARY KEY, card VARCHAR(40) NOT NULL,"
                + " kiosk VARCHAR(40) NOT NULL, arrived_at TIMESTAMP NOT NULL)");
        deployStockProcess(app.getBean(RepositoryService.class));

        // Warm-up: JIT, connection pool, engine caches, statement caches.
        for (int i = members - 200; i < members; i++) {
            expect(visits.checkInMember(card(i), "bench"), CheckInResult.Welcomed.class);
            expect(visits.checkOut(card(i), "bench"), CheckOutResult.Goodbye.class);
            floorInsert(jdbc, i);
            stockCheckIn(transaction, runtime, jdbc, i);
            expect(polls.tap("Kios " + i, Mood.HAPPY), TapResult.Counted.class);
        }
        for (int i = 0; i < 50; i++) {
            questions.ask(walkIn("pemanasan " + i));
        }

        AtomicInteger nextMember = new AtomicInteger();
        AtomicInteger nextStock = new AtomicInteger(members);
        AtomicInteger nextFloor = new AtomicInteger(members);
        // Each tap from its own kiosk: a kiosk's taps in quick succession are one person's (filtered).
        AtomicInteger tapped = new AtomicInteger(members);
        for (int level : LEVELS) {
            int first = nextMember.get();
            measure(
                    "floor: one durable INSERT",
                    level,
                    calls,
                    i -> () -> floorInsert(jdbc, nextFloor.getAndIncrement()));
            measure(
                    "stock engine: check-in-like process",
                    level,
                    calls,
                    i -> () -> stockCheckIn(transaction, runtime, jdbc, nextStock.getAndIncrement()));
            measure(
                    "check-in (visit row + process start)",
                    level,
                    calls,
                    i -> () -> expect(
                            visits.checkInMember(card(nextMember.getAndIncrement()), "bench"),
                            CheckInResult.Welcomed.class));
            AtomicInteger repeat = new AtomicInteger(first);
            measure(
                    "repeat scan (welcome back)",
                    level,
                    calls,
                    i -> () -> expect(
                            visits.checkInMember(card(repeat.getAndIncrement()), "bench"),
                            CheckInResult.WelcomeBack.class));
            AtomicInteger out = new AtomicInteger(first);
            measure(
                    "check-out (message correlation)",
                    level,
                    calls,
                    i -> () -> expect(
                            visits.checkOut(card(out.getAndIncrement()), "bench"), CheckOutResult.Goodbye.class));
            AtomicInteger asked = new AtomicInteger();
            measure(
                    "ask a librarian (DMN, queue number)",
                    level,
                    calls,
                    i -> () -> expect(
                            questions.ask(walkIn("Pertanyaan " + level + "-" + asked.getAndIncrement())),
                            AskResult.Queued.class));
            measure(
                    "exit poll: one tap",
                    level,
                    calls,
                    i -> () ->
                            expect(polls.tap("Kios " + tapped.getAndIncrement(), Mood.HAPPY), TapResult.Counted.class));
        }

        StaffAccounts staff = app.getBean(StaffAccounts.class);
        staff.ensureGroups();
        if (!staff.exists("bench")) {
            staff.create("bench", "Bench", "Librarian", "bench-secret", List.of("librarians", "reference"));
        }
        int open = worklist.groupTasks("bench").size();
        for (int i = open; i < 1000 + calls * LEVELS.length; i++) {
            questions.ask(walkIn("Antrean " + i));
        }
        List<WorkItem> openItems = worklist.groupTasks("bench");
        for (int level : LEVELS) {
            measure(
                    "worklist: my groups' tasks (" + openItems.size() + " open)",
                    level,
                    Math.max(20, calls / 5),
                    i -> () -> worklist.groupTasks("bench"));
        }
        ConcurrentLinkedQueue<WorkItem> toClaim = new ConcurrentLinkedQueue<>(openItems);
        for (int level : LEVELS) {
            measure(
                    "claim a task",
                    level,
                    calls,
                    i -> () -> expect(tasks.claim(toClaim.remove().taskId(), "bench"), WorkResult.Done.class));
        }
        print(database, calls);
    }

    /** The floor: one row committed by itself (auto-commit) through the application's pool. */
    private static void floorInsert(JdbcTemplate jdbc, int i) {
        jdbc.update(
                "INSERT INTO bench_floor (card, kiosk, arrived_at) VALUES (?, ?, ?)",
                card(i),
                "bench",
                Timestamp.from(Instant.now()));
    }

    private static void deployStockProcess(RepositoryService repository) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(STOCK_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_One")
                .camundaExpression("${true}")
                .serviceTask("Task_Two")
                .camundaExpression("${true}")
                .serviceTask("Task_Three")
                .camundaExpression("${true}")
                .endEvent()
                .done();
        repository
                .createDeployment()
                .addModelInstance(STOCK_KEY + ".bpmn", model)
                .deploy();
    }

    /** Stock Camunda: a row and a three-step process with a business key and two variables, one transaction. */
    private static void stockCheckIn(
            TransactionTemplate transaction, RuntimeService runtime, JdbcTemplate jdbc, int i) {
        transaction.executeWithoutResult(status -> {
            floorInsert(jdbc, i);
            runtime.createProcessInstanceByKey(STOCK_KEY)
                    .businessKey(card(i))
                    .setVariable("card", card(i))
                    .setVariable("kiosk", "bench")
                    .execute();
        });
    }

    private void measure(String name, int callers, int count, IntFunction<Runnable> call) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> firstError = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Runnable r = call.apply(i);
                    long began = System.nanoTime();
                    long cpuBegan = threads.getCurrentThreadCpuTime();
                    try {
                        r.run();
                        micros.add((System.nanoTime() - began) / 1000);
                        cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuBegan);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        if (firstError.isEmpty()) {
                            firstError.add(e.toString());
                        }
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        rows.add(new Row(
                name,
                callers,
                sorted,
                sorted.size() / seconds,
                errors.get(),
                sorted.isEmpty() ? Double.NaN : cpuNanos.get() / 1e6 / sorted.size()));
        if (!firstError.isEmpty()) {
            System.out.printf("  %s at %d: %d errors, first: %s%n", name, callers, errors.get(), firstError.get(0));
        }
    }

    private void print(String database, int calls) {
        System.out.printf(
                "%nKios Pustaka benchmark on %s: %d calls per operation and level, %d cores%n"
                        + "ratios (×) are to the floor's percentile at the same number of callers%n%n",
                database, calls, Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "%-42s %3s %8s %8s %8s %7s %6s %6s %6s %6s %7s%n",
                "operation", "n", "p50 ms", "p95 ms", "p99 ms", "per s", "errors", "p50 ×", "p95 ×", "p99 ×", "cpu ms");
        for (Row row : rows) {
            Row floor = rows.stream()
                    .filter(r -> r.name.startsWith("floor") && r.callers == row.callers)
                    .findFirst()
                    .orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "%-42s %3d %8.2f %8.2f %8.2f %7.1f %6d %6.1f %6.1f %6.1f %7.2f%n",
                    row.name,
                    row.callers,
                    row.pct(50),
                    row.pct(95),
                    row.pct(99),
                    row.perSecond,
                    row.errors,
                    row.pct(50) / floor.pct(50),
                    row.pct(95) / floor.pct(95),
                    row.pct(99) / floor.pct(99),
                    row.cpuMillis);
        }
    }

    /** {@code cpuMillis}: the calling thread's own CPU time per call, mean (the engine runs in the caller). */
    private record Row(
            String name, int callers, List<Long> sortedMicros, double perSecond, int errors, double cpuMillis) {
        double pct(int percentile) {
            if (sortedMicros.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
            return sortedMicros.get(Math.max(0, index)) / 1000.0;
        }
    }

    private static NewQuestion walkIn(String text) {
        return new NewQuestion(Topic.BOOKS, text, null, Channel.WALK_IN, null, "bench");
    }

    private static String card(int i) {
        return String.format("BENCH-%05d", i);
    }

    private static void expect(Object result, Class<?> type) {
        if (!type.isInstance(result)) {
            throw new IllegalStateException("Expected " + type.getSimpleName() + " but got " + result);
        }
    }
}
