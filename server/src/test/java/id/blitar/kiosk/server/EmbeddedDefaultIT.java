package id.blitar.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.KioskApplication;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.modeling.service.ModelService;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.process.FollowUp;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.process.TapResult;
import id.blitar.kiosk.poll.service.PollDetails;
import id.blitar.kiosk.poll.service.SatisfactionReport;
import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.domain.DataRequestStatus;
import id.blitar.kiosk.privacy.process.DataRequestProcess;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.AskResult;
import id.blitar.kiosk.question.process.FinishAtDesk;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.service.FaqCatalogue;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.question.service.WorkResult;
import id.blitar.kiosk.visit.domain.VisitRepository;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's first command in miniature: the default profile on an H2 file database, demo data
 * loaded once, a check-in, and everything still there after a restart.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldRunOnTheEmbeddedDefaultAndKeepDataAcrossARestart() throws java.io.IOException {
        long visitId;
        try (ConfigurableApplicationContext app = start()) {
            MemberService members = app.getBean(MemberService.class);
            // The six cards to try by hand and the 40 members of the dashboard's demo history.
            assertThat(members.count()).isEqualTo(46);
            dashboardOnH2(app);
            assertThat(members.findByCard("KPB-0004").orElseThrow().isExpiredOn(java.time.LocalDate.now()))
                    .isTrue();
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.checkPassword("kepala", "kepala123")).isTrue();
            assertThat(identity.createGroupQuery()
                            .groupMember("anggota")
                            .groupId("membership")
                            .count())
                    .isEqualTo(1);

            CheckInResult result = app.getBean(VisitProcess.class).checkInMember("KPB-0001", "Tes");
            assertThat(result).isInstanceOf(CheckInResult.Welcomed.class);
            visitId = ((CheckInResult.Welcomed) result).visitId();

            askAndAnswerOnH2(app);
            pollAndFollowUpOnH2(app);
            dataRequestOnH2(app);
            editedModelOnH2(app);
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(MemberService.class).count())
                    .as("demo data is loaded once")
                    .isEqualTo(46);
            assertThat(app.getBean(VisitRepository.class).findById(visitId)).isPresent();
            ModelService models = app.getBean(ModelService.class);
            assertThat(models.model("exit-poll").orElseThrow().latest().version())
                    .as("a restart does not redeploy the shipped model over a manager's change")
                    .isEqualTo(2);
            assertThat(models.rollback("exit-poll", "kepala", true)).isInstanceOf(ModelService.Deployed.class);
            assertThat(models.isShipped("exit-poll")).isTrue();
            assertThat(app.getBean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .processDefinitionKey(VisitProcess.KEY)
                            .count())
                    .isEqualTo(1);
            assertThat(app.getBean(VisitProcess.class).checkInMember("KPB-0001", "Tes"))
                    .isInstanceOf(CheckInResult.WelcomeBack.class);
        }
    }

    /** The demo history fills the dashboard, and the report's totals are the dashboard's, on H2 too. */
    private void dashboardOnH2(ConfigurableApplicationContext app) {
        var reports = app.getBean(id.blitar.kiosk.report.service.ReportService.class);
        LocalDate yesterday = LocalDate.now(app.getBean(java.time.Clock.class)).minusDays(1);
        var month = java.time.YearMonth.from(yesterday.minusWeeks(2));
        var dashboard = reports.dashboard(id.blitar.kiosk.report.service.Period.month(month));
        assertThat(dashboard.visits().people()).isPositive();
        assertThat(dashboard.visits().groups()).isPositive();
        assertThat(dashboard.questions().medianMinutesToClaim()).isNotNull();
        assertThat(dashboard.satisfaction().answers()).isPositive();
        var table = app.getBean(id.blitar.kiosk.report.service.OfficialReports.class)
                .monthlyVisits(month);
        assertThat(table.cell("Jumlah", "Jumlah")).isEqualTo(dashboard.visits().people());
        assertThat(reports.visits(id.blitar.kiosk.report.service.Period.day(
                                LocalDate.now(app.getBean(java.time.Clock.class))))
                        .people())
                .as("the history ends before today")
                .isZero();
        var events = reports.events(new id.blitar.kiosk.report.service.Period(yesterday.minusWeeks(8), yesterday));
        assertThat(events.activities()).isEqualTo(5);
        assertThat(events.attended()).isPositive();
        assertThat(events.noShows()).isPositive();
    }

    /** A walk-in served at the desk, and an e-mailed answer that lands in the outbox without an SMTP server. */
    private void askAndAnswerOnH2(ConfigurableApplicationContext app) throws java.io.IOException {
        QuestionProcess questions = app.getBean(QuestionProcess.class);
        QuestionWorklist worklist = app.getBean(QuestionWorklist.class);
        QuestionTasks tasks = app.getBean(QuestionTasks.class);
        QuestionService questionService = app.getBean(QuestionService.class);
        assertThat(app.getBean(FaqCatalogue.class).search(null, null))
                .as("demo FAQ")
                .hasSize(4);
        var queued = (AskResult.Queued) questions.ask(
                new NewQuestion(Topic.BOOKS, "Di mana rak komik?", "KPB-0001", Channel.WALK_IN, null, "Tes"));
        assertThat(queued.queueNumber()).isEqualTo("A-001");
        WorkItem walkIn = worklist.groupTasks("rujukan").get(0);
        assertThat(tasks.claim(walkIn.taskId(), "rujukan")).isEqualTo(new WorkResult.Done());
        assertThat(tasks.call(walkIn.taskId(), "rujukan", "Meja 1")).isEqualTo(new WorkResult.Done());
        assertThat(questionService.board().serving()).hasSize(1);
        tasks.finishAtDesk(FinishAtDesk.answered(walkIn.taskId(), "rujukan"));
        assertThat(questionService.board().serving()).isEmpty();

        var ticketed = (AskResult.Ticketed) questions.ask(
                new NewQuestion(Topic.DIGITAL, "Cara cetak dari ponsel?", null, Channel.EMAIL, "a@example.org", "Tes"));
        WorkItem ticket = worklist.groupTasks("rujukan").stream()
                .filter(w -> w.questionId() == ticketed.questionId())
                .findFirst()
                .orElseThrow();
        tasks.claim(ticket.taskId(), "rujukan");
        tasks.answer(ticket.taskId(), "rujukan", "Kirim berkas ke printer lewat Wi-Fi perpustakaan.", null);
        Path mail = dataDir.resolve("outbox").resolve("jawaban-" + ticketed.reference() + ".eml");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Files.exists(mail));
        assertThat(Files.readString(mail)).contains("a@example.org");
    }

    /** An unhappy answer with a comment, followed up and shown on the kiosks. */
    /**
     * "Data saya" on H2: a member asks for deletion, the officer approves, the job executor runs the three
     * asynchronous steps, and the member, their history and their address are gone; the outcome is in the outbox.
     */
    private void dataRequestOnH2(ConfigurableApplicationContext app) throws java.io.IOException {
        MemberService members = app.getBean(MemberService.class);
        members.register(
                "KPB-1717",
                "Endang Sulistyowati",
                "Umum",
                id.blitar.kiosk.base.AgeGroup.ELDERLY,
                "endang.s@example.org",
                null,
                LocalDate.now().plusYears(1));
        app.getBean(VisitProcess.class).checkInMember("KPB-1717", "Tes");
        DataRequestProcess dataRequests = app.getBean(DataRequestProcess.class);
        var found = (DataRequestProcess.Lookup.Found) dataRequests.lookUp("KPB-1717");
        assertThat(found.data().visitsThisYear()).hasSize(1);
        long requestId =
                ((DataRequestProcess.RequestResult.Requested) dataRequests.request(found.subject(), "Tes")).requestId();
        var task = dataRequests.reviewTasks(List.of("data-protection")).stream()
                .filter(t -> t.request().getId() == requestId)
                .findFirst()
                .orElseThrow();
        assertThat(dataRequests.decide(task.taskId(), "privasi", true, null)).isEmpty();

        DataRequestRepository requests = app.getBean(DataRequestRepository.class);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(90))
                .until(() -> requests.findById(requestId).orElseThrow().getOutcomeSentAt() != null);
        DataRequest done = requests.findById(requestId).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(DataRequestStatus.ERASED);
        assertThat(done.getErasedSummary()).startsWith("members=1;visits=1;");
        assertThat(members.findByCard("KPB-1717")).isEmpty();
        Path mail = dataDir.resolve("outbox").resolve("data-" + requestId + ".eml");
        assertThat(Files.readString(mail)).contains("endang.s@example.org");
    }

    private void pollAndFollowUpOnH2(ConfigurableApplicationContext app) {
        PollProcess polls = app.getBean(PollProcess.class);
        long pollId = ((TapResult.Counted) polls.tap("Tes keluar", Mood.VERY_UNHAPPY)).pollId();
        assertThat(polls.tap("Tes keluar", Mood.VERY_UNHAPPY)).isInstanceOf(TapResult.Filtered.class);
        List<SkmElement> items = polls.itemsFor(false);
        assertThat(polls.giveDetails(pollId, new PollDetails(Map.of(items.get(0), 1), null, Set.of(), "AC mati")))
                .isEmpty();
        FollowUp followUp = polls.openFollowUps().get(0);
        assertThat(polls.review(followUp.taskId(), "kepala", "AC diperbaiki", true, "AC mati", "AC sudah diperbaiki"))
                .isEmpty();
        assertThat(polls.publishedActions()).extracting(a -> a.getWeDid()).contains("AC sudah diperbaiki");
        LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
        assertThat(app.getBean(SatisfactionReport.class).figures(today, today).ikm())
                .isPresent();
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank application.yml, as they do for the README's command.
        return new SpringApplicationBuilder(KioskApplication.class)
                .run(
                        "--server.port=0",
                        "--KIOSK_DATA_DIR=" + dataDir.toAbsolutePath(),
                        // Camunda keeps engines in a static registry by name: closing a second "default"
                        // engine here would unregister the engine of the other tests' cached application.
                        "--camunda.bpm.process-engine-name=embeddedDefaultIT",
                        // Cockpit keeps its engine lookup in a JVM-wide singleton: a second webapp, closed
                        // here, would leave the cached application's Cockpit without its engine.
                        "--camunda.bpm.webapp.enabled=false");
    }

    /** A manager's edited model deployed on H2, with the running poll moved to it. */
    private static void editedModelOnH2(ConfigurableApplicationContext app) throws java.io.IOException {
        ModelService models = app.getBean(ModelService.class);
        String shipped;
        try (var in = EmbeddedDefaultIT.class.getResourceAsStream("/bpmn/exit-poll.bpmn")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        byte[] edited = shipped.replace("name=\"Tinjau masukan\"", "name=\"Tinjau masukan pengunjung\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ModelService.Outcome outcome = models.deploy("exit-poll", "exit-poll.bpmn", edited, "kepala", true);
        assertThat(outcome).isInstanceOf(ModelService.Deployed.class);
        ModelService.Deployed deployed = (ModelService.Deployed) outcome;
        assertThat(deployed.version().version()).isEqualTo(2);
        assertThat(deployed.migration().notMigrated()).isEmpty();
        assertThat(models.isShipped("exit-poll")).isFalse();
    }
}
