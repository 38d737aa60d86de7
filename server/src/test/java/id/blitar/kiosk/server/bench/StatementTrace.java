package id.blitar.kiosk.server.bench;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.server.security.StaffAccounts;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints every SQL statement one check-in, repeat scan, check-out, question, claim and poll tap send to
 * the database, from MariaDB's general query log (switched on for the few seconds of the trace, then off
 * again): what the hot paths cost in round trips. Needs the {@code mysql} database and a user allowed to
 * {@code SET GLOBAL}. Run with {@code bench/statements.sh}.
 */
public final class StatementTrace {

    private StatementTrace() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = BenchmarkApp.start("mysql", "kiosk_bench_trace")) {
            MemberService members = app.getBean(MemberService.class);
            VisitProcess visits = app.getBean(VisitProcess.class);
            QuestionProcess questions = app.getBean(QuestionProcess.class);
            QuestionWorklist worklist = app.getBean(QuestionWorklist.class);
            QuestionTasks tasks = app.getBean(QuestionTasks.class);
            PollProcess polls = app.getBean(PollProcess.class);
            StaffAccounts staff = app.getBean(StaffAccounts.class);
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            staff.ensureGroups();
            if (!staff.exists("trace")) {
                staff.create("trace", "Trace", "Librarian", "trace-secret", List.of("librarians", "reference"));
            }
            for (int i = 0; i < 30; i++) {
                members.register(
                        "TRACE-" + i,
                        "Anggota Jejak " + i,
                        "Umum",
                        AgeGroup.ADULT,
                        null,
                        null,
                        LocalDate.now().plusYears(1));
            }
            for (int i = 0; i < 20; i++) { // warm-up: caches of the engine and Hibernate
                visits.checkInMember("TRACE-" + i, "trace");
                visits.checkOut("TRACE-" + i, "trace");
                questions.ask(new NewQuestion(Topic.BOOKS, "Pemanasan " + i, null, Channel.WALK_IN, null, "trace"));
                polls.tap("Jejak " + i, Mood.HAPPY);
            }
            String claimable = worklist.groupTasks("trace").get(0).taskId();
            // Only this application's connections (the pool's, all open by now): other programs may use the server.
            List<Long> ours = jdbc.queryForList(
                    "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE()", Long.class);
            jdbc.execute("SET GLOBAL log_output = 'TABLE'");
            jdbc.execute("TRUNCATE TABLE mysql.general_log");
            jdbc.execute("SET GLOBAL general_log = 1");
            try {
                Map<String, Runnable> steps = new LinkedHashMap<>();
                steps.put("check-in", () -> visits.checkInMember("TRACE-25", "trace"));
                steps.put("repeat scan", () -> visits.checkInMember("TRACE-25", "trace"));
                steps.put("check-out", () -> visits.checkOut("TRACE-25", "trace"));
                steps.put(
                        "ask",
                        () -> questions.ask(new NewQuestion(
                                Topic.BOOKS, "Jejak pertanyaan", null, Channel.WALK_IN, null, "trace")));
                steps.put("claim", () -> tasks.claim(claimable, "trace"));
                steps.put("poll tap", () -> polls.tap("Jejak tap", Mood.HAPPY));
                for (Map.Entry<String, Runnable> step : steps.entrySet()) {
                    jdbc.queryForObject("SELECT 'trace:" + step.getKey() + "'", String.class);
                    step.getValue().run();
                }
                jdbc.queryForObject("SELECT 'trace:end'", String.class);
            } finally {
                jdbc.execute("SET GLOBAL general_log = 0");
            }
            List<Map<String, Object>> log =
                    jdbc.queryForList("SELECT thread_id, command_type, CONVERT(argument USING utf8mb4) AS sql_text"
                            + " FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') ORDER BY event_time");
            String step = null;
            int count = 0;
            for (Map<String, Object> row : log) {
                String sql = String.valueOf(row.get("sql_text")).replaceAll("\\s+", " ");
                if (sql.startsWith("SELECT 'trace:")) {
                    if (step != null) {
                        System.out.printf("== %s: %d statements%n%n", step, count);
                    }
                    step = sql.substring("SELECT 'trace:".length(), sql.length() - 1);
                    count = 0;
                    continue;
                }
                if (!ours.contains(((Number) row.get("thread_id")).longValue())) {
                    continue;
                }
                if (step == null || step.equals("end") || sql.contains("general_log")) {
                    continue;
                }
                count++;
                System.out.printf("[%s] %s%n", step, sql.length() > 240 ? sql.substring(0, 240) + " …" : sql);
            }
        }
    }
}
