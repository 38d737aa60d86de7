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
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.process.WorkResult;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.server.security.StaffAccounts;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.CheckOutResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints how long check-in and check-out, asking a librarian, claiming and a poll tap take through
 * the real facades, engine and database (no browser): latency percentiles of sequential calls and
 * the throughput of parallel kiosks. Not a
 * test: figures go to standard output for people to compare. Run with {@code bench/check-in.sh}.
 *
 * <p>Arguments: {@code h2} (embedded default, file database in a temporary folder) or {@code mysql}
 * (the test database server, schema {@code kiosk_bench}); then optionally the number of members.
 */
public final class CheckInBenchmark {

    private CheckInBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int kiosks = 4;
        try (ConfigurableApplicationContext app = BenchmarkApp.start(database, "kiosk_bench")) {
            MemberService memberService = app.getBean(MemberService.class);
            VisitProcess visits = app.getBean(VisitProcess.class);
            for (int i = 0; i < members + 100; i++) {
                memberService.register(
                        card(i),
                        "Anggota Uji " + i,
                        "Umum",
                        AgeGroup.ADULT,
                        null,
                        null,
                        LocalDate.now().plusYears(1));
            }
            // Warm-up: JIT, connection pool, engine caches.
            for (int i = members; i < members + 100; i++) {
                expect(visits.checkInMember(card(i), "bench"), CheckInResult.Welcomed.class);
                expect(visits.checkOut(card(i), "bench"), CheckOutResult.Goodbye.class);
            }

            int half = members / 2;
            List<Long> checkIns =
                    time(half, i -> () -> expect(visits.checkInMember(card(i), "bench"), CheckInResult.Welcomed.class));
            List<Long> repeats = time(
                    half, i -> () -> expect(visits.checkInMember(card(i), "bench"), CheckInResult.WelcomeBack.class));
            List<Long> checkOuts =
                    time(half, i -> () -> expect(visits.checkOut(card(i), "bench"), CheckOutResult.Goodbye.class));

            ExecutorService pool = Executors.newFixedThreadPool(kiosks);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = half; i < members; i++) {
                int n = i;
                done.add(pool.submit(
                        () -> expect(visits.checkInMember(card(n), "bench"), CheckInResult.Welcomed.class)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();

            System.out.printf(
                    "%nCheck-in benchmark on %s (%d members, %d cores)%n",
                    database, members, Runtime.getRuntime().availableProcessors());
            print("check-in (new visit, process start)", checkIns);
            print("repeat scan (welcome back, nothing stored)", repeats);
            print("check-out (message correlation)", checkOuts);
            System.out.printf(
                    "%-44s %d check-ins in %.2f s = %.1f per second%n",
                    "parallel check-in, " + kiosks + " kiosks", members - half, seconds, (members - half) / seconds);

            questionsAndPolls(app, members, kiosks);
        }
    }

    /**
     * Asking a librarian (decision table, queue number under a row lock, process start), the worklist
     * query and a claim; one-tap poll answers; and walk-ins from parallel kiosks drawing numbers.
     */
    private static void questionsAndPolls(ConfigurableApplicationContext app, int count, int kiosks) throws Exception {
        QuestionProcess questions = app.getBean(QuestionProcess.class);
        PollProcess polls = app.getBean(PollProcess.class);
        StaffAccounts staff = app.getBean(StaffAccounts.class);
        staff.ensureGroups();
        if (!staff.exists("bench")) {
            staff.create("bench", "Bench", "Librarian", "bench-secret", List.of("librarians", "reference"));
        }
        for (int i = 0; i < 50; i++) {
            questions.ask(walkIn("pemanasan " + i));
        }
        List<Long> asks =
                time(count, i -> () -> expect(questions.ask(walkIn("Pertanyaan " + i)), AskResult.Queued.class));
        List<Long> lists = time(50, i -> () -> questions.groupTasks("bench"));
        List<WorkItem> open = questions.groupTasks("bench");
        List<Long> claims = time(
                Math.min(count, open.size()),
                i -> () -> expect(questions.claim(open.get(i).taskId(), "bench"), WorkResult.Done.class));
        List<Long> taps = time(count, i -> () -> expect(polls.tap("Kios " + i, Mood.HAPPY), TapResult.Counted.class));

        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            done.add(pool.submit(() -> expect(questions.ask(walkIn("Serentak " + n)), AskResult.Queued.class)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        print("ask a librarian (walk-in: DMN, queue number)", asks);
        print("worklist: my groups' tasks (" + open.size() + " open)", lists);
        print("claim a task", claims);
        print("exit poll: one tap", taps);
        System.out.printf(
                "%-44s %d questions in %.2f s = %.1f per second%n",
                "parallel walk-ins, " + kiosks + " kiosks", count, seconds, count / seconds);
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

    private static List<Long> time(int count, java.util.function.IntFunction<Runnable> call) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Runnable r = call.apply(i);
            long start = System.nanoTime();
            r.run();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        return micros;
    }

    private static void print(String name, List<Long> sortedMicros) {
        Supplier<String> row = () -> String.format(
                "p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms",
                pct(sortedMicros, 50),
                pct(sortedMicros, 95),
                pct(sortedMicros, 99),
                sortedMicros.get(sortedMicros.size() - 1) / 1000.0);
        System.out.printf("%-44s %s  (n=%d)%n", name, row.get(), sortedMicros.size());
    }

    private static double pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
