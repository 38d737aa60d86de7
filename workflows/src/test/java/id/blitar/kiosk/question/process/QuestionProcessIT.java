package id.blitar.kiosk.question.process;

import static id.blitar.kiosk.question.process.QuestionTestSupport.CHILDREN_LIBRARIAN;
import static id.blitar.kiosk.question.process.QuestionTestSupport.REFERENCE_LIBRARIAN;
import static id.blitar.kiosk.question.process.QuestionTestSupport.SECOND_REFERENCE_LIBRARIAN;
import static id.blitar.kiosk.question.process.QuestionTestSupport.SUPERVISOR;
import static id.blitar.kiosk.question.process.QuestionTestSupport.byEmail;
import static id.blitar.kiosk.question.process.QuestionTestSupport.forPickUp;
import static id.blitar.kiosk.question.process.QuestionTestSupport.walkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.base.ModelCoverage;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.NoteKind;
import id.blitar.kiosk.question.domain.Outcome;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.QuestionStatus;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.service.FaqCatalogue;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.question.service.WorkResult;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code bpmn/ask-librarian.bpmn} and the rules of {@code dmn/question-routing.dmn}, on
 * the real services, the MySQL-protocol test database and a real (in-process) SMTP server.
 */
class QuestionProcessIT extends DatabaseIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "localhost", "smtp"));

    @Autowired
    ProcessEngine engine;

    @Autowired
    QuestionProcess questionProcess;

    @Autowired
    QuestionWorklist questionWorklist;

    @Autowired
    QuestionTasks questionTasks;

    @Autowired
    QuestionShifts questionShifts;

    @Autowired
    FaqCatalogue faqCatalogue;

    @Autowired
    QuestionService questions;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final ModelCoverage coverage = new ModelCoverage(QuestionProcess.KEY, "QuestionProcessIT");

    @BeforeEach
    void setUp() {
        coverage.use(engine);
        QuestionTestSupport.ensureStaff(engine.getIdentityService());
        QuestionTestSupport.openAllDay(jdbc);
    }

    @AfterEach
    void tearDown() {
        QuestionTestSupport.restoreOpeningHours(jdbc);
        for (String user : List.of(REFERENCE_LIBRARIAN, SECOND_REFERENCE_LIBRARIAN, CHILDREN_LIBRARIAN, SUPERVISOR)) {
            questionShifts.endShift(user);
        }
    }

    /** The tests together walk every element of the model: a new path needs a new test. */
    @AfterAll
    static void shouldHaveWalkedEveryElementOfTheModel() {
        coverage.assertEveryElementWalked();
    }

    @Test
    void shouldQueueWalkInCallItToADeskAndRecordTheAnswerAtTheDesk() {
        var queued = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Di mana rak buku sejarah Blitar?"));

        assertThat(queued.queueNumber()).matches("A-\\d{3}");
        ProcessInstance instance = instanceOf(queued.questionId());
        assertThat(instance)
                .hasPassed(QuestionProcess.TASK_ROUTE_QUESTION, QuestionProcess.TASK_RECORD_QUESTION)
                .isWaitingAt(QuestionProcess.TASK_SERVE_WALK_IN);
        Task task = workTask(instance);
        assertThat(candidateGroups(task)).containsExactly("reference");
        assertThat(task.getPriority()).isEqualTo(70);
        assertThat(engine.getRuntimeService().getVariables(instance.getId()).values())
                .as("no question text in the process")
                .noneMatch(v -> String.valueOf(v).contains("sejarah"));

        assertThat(questionWorklist.groupTasks(REFERENCE_LIBRARIAN))
                .extracting(WorkItem::taskId)
                .contains(task.getId());
        assertThat(questionWorklist.groupTasks(CHILDREN_LIBRARIAN))
                .extracting(WorkItem::taskId)
                .doesNotContain(task.getId());
        assertThat(questionTasks.claim(task.getId(), CHILDREN_LIBRARIAN))
                .isEqualTo(new WorkResult.Rejected("worklist.error.notYourGroup"));

        assertThat(questionTasks.claim(task.getId(), REFERENCE_LIBRARIAN)).isEqualTo(WorkResult.done());
        assertThat(questionWorklist.myTasks(REFERENCE_LIBRARIAN))
                .extracting(WorkItem::taskId)
                .contains(task.getId());
        assertThat(questionWorklist.groupTasks(REFERENCE_LIBRARIAN))
                .as("my tasks and my groups' tasks are never mixed")
                .extracting(WorkItem::taskId)
                .doesNotContain(task.getId());
        assertThat(questionTasks.call(task.getId(), REFERENCE_LIBRARIAN, "Meja 9"))
                .isEqualTo(new WorkResult.Rejected("worklist.error.desk"));
        assertThat(questionTasks.call(task.getId(), SECOND_REFERENCE_LIBRARIAN, "Meja 2"))
                .isEqualTo(new WorkResult.TakenBy(REFERENCE_LIBRARIAN));
        assertThat(questionTasks.call(task.getId(), REFERENCE_LIBRARIAN, "Meja 2"))
                .isEqualTo(WorkResult.done());
        assertThat(questions.board().serving()).anySatisfy(c -> {
            assertThat(c.queueNumber()).isEqualTo(queued.queueNumber());
            assertThat(c.desk()).isEqualTo("Meja 2");
        });

        var result = questionTasks.finishAtDesk(FinishAtDesk.answered(task.getId(), REFERENCE_LIBRARIAN));

        assertThat(result).isEqualTo(WorkResult.done());
        assertThat(instance).hasPassed(QuestionProcess.END_ANSWERED_AT_DESK).isEnded();
        Question question = questions.find(queued.questionId()).orElseThrow();
        assertThat(question.getStatus()).isEqualTo(QuestionStatus.CLOSED);
        assertThat(question.getOutcome()).isEqualTo(Outcome.ANSWERED_AT_DESK);
        assertThat(question.getClaimedAt()).isNotNull();
        assertThat(question.minutesToClaim()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(question.minutesToAnswer()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(question.getDeadlineMet()).isTrue();
        assertThat(questions.board().serving()).noneMatch(c -> c.queueNumber().equals(queued.queueNumber()));
    }

    @Test
    void shouldRecordAReferralWithItsPartnerInstitution() {
        var queued = (AskResult.Queued) questionProcess.ask(walkIn(Topic.RESEARCH, "Arsip koran tahun 1950?"));
        ProcessInstance instance = instanceOf(queued.questionId());
        Task task = workTask(instance);
        questionTasks.claim(task.getId(), REFERENCE_LIBRARIAN);

        assertThat(questionTasks.finishAtDesk(FinishAtDesk.referred(task.getId(), REFERENCE_LIBRARIAN, " ", null)))
                .as("a referral names the partner")
                .isEqualTo(new WorkResult.Rejected("worklist.error.partner"));
        assertThat(instance).isWaitingAt(QuestionProcess.TASK_SERVE_WALK_IN);

        questionTasks.finishAtDesk(FinishAtDesk.referred(
                task.getId(),
                REFERENCE_LIBRARIAN,
                "Dinas Perpustakaan dan Kearsipan Jawa Timur",
                "Arsip ada di Surabaya"));

        assertThat(instance).hasPassed(QuestionProcess.END_REFERRED).isEnded();
        Question question = questions.find(queued.questionId()).orElseThrow();
        assertThat(question.getOutcome()).isEqualTo(Outcome.REFERRED);
        assertThat(question.getPartnerInstitution()).isEqualTo("Dinas Perpustakaan dan Kearsipan Jawa Timur");
        assertThat(questionWorklist.notesOf(queued.questionId()))
                .extracting(n -> n.getText())
                .contains("Arsip ada di Surabaya");
    }

    @Test
    void shouldCloseAWalkInWhoseVisitorDidNotComeToTheDesk() {
        var queued = (AskResult.Queued) questionProcess.ask(walkIn(Topic.OTHER, "Apakah ada loker?"));
        ProcessInstance instance = instanceOf(queued.questionId());
        Task task = workTask(instance);
        questionTasks.claim(task.getId(), REFERENCE_LIBRARIAN);
        questionTasks.call(task.getId(), REFERENCE_LIBRARIAN, "Meja 1");

        questionTasks.finishAtDesk(FinishAtDesk.noShow(task.getId(), REFERENCE_LIBRARIAN));

        assertThat(instance).hasPassed(QuestionProcess.END_NO_SHOW).isEnded();
        Question question = questions.find(queued.questionId()).orElseThrow();
        assertThat(question.getOutcome()).isEqualTo(Outcome.NO_SHOW);
        assertThat(question.getAnsweredAt()).isNull();
    }

    @Test
    void shouldTurnAWalkInIntoAnEmailedAnswerWhenItNeedsFollowUp() throws Exception {
        var queued = (AskResult.Queued)
                questionProcess.ask(walkIn(Topic.DIGITAL, "Cara membuat e-mail untuk lamaran kerja?"));
        ProcessInstance instance = instanceOf(queued.questionId());
        Task walkInTask = workTask(instance);
        assertThat(candidateGroups(walkInTask)).containsExactly("digital-literacy");
        questionTasks.claim(walkInTask.getId(), REFERENCE_LIBRARIAN);

        assertThat(questionTasks.finishAtDesk(FinishAtDesk.followUp(
                        walkInTask.getId(), REFERENCE_LIBRARIAN, Channel.EMAIL, "bukan-alamat", null)))
                .isEqualTo(new WorkResult.Rejected("error.email.format"));
        questionTasks.finishAtDesk(FinishAtDesk.followUp(
                walkInTask.getId(),
                REFERENCE_LIBRARIAN,
                Channel.EMAIL,
                "pengunjung@example.org",
                "Butuh panduan tertulis"));

        assertThat(instance)
                .hasPassed(QuestionProcess.GATEWAY_DESK_OUTCOME)
                .isWaitingAt(QuestionProcess.TASK_ANSWER_QUESTION);
        Task ticket = workTask(instance);
        assertThat(candidateGroups(ticket)).containsExactly("digital-literacy");
        assertThat(ticket.getPriority()).as("routed again as a later answer").isEqualTo(50);
        Question open = questions.find(queued.questionId()).orElseThrow();
        assertThat(open.getStatus()).isEqualTo(QuestionStatus.OPEN);
        assertThat(open.getDueAt()).isAfter(open.getAskedAt().plusDays(1));

        questionTasks.claim(ticket.getId(), REFERENCE_LIBRARIAN);
        questionTasks.addNote(
                queued.questionId(), REFERENCE_LIBRARIAN, "Catatan internal: pengunjung sedang melamar ke bank");
        questionTasks.answer(
                ticket.getId(), REFERENCE_LIBRARIAN, "Buka gmail.com, pilih Buat akun, lalu ikuti langkahnya.", null);

        assertThat(instance).isWaitingAt(QuestionProcess.TASK_SEND_ANSWER);
        assertThat(questions.find(queued.questionId()).orElseThrow().getStatus())
                .isEqualTo(QuestionStatus.SENDING);
        engine.getManagementService().executeJob(job(instance).getId());

        assertThat(instance).hasPassed(QuestionProcess.END_ANSWER_SENT).isEnded();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("pengunjung@example.org");
        assertThat(received[0].getSubject()).contains("T-" + queued.questionId());
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("gmail.com").contains("lamaran kerja");
        assertThat(body).as("internal notes never reach the visitor").doesNotContain("bank");
        Question sent = questions.find(queued.questionId()).orElseThrow();
        assertThat(sent.getOutcome()).isEqualTo(Outcome.ANSWERED_BY_EMAIL);
        assertThat(sent.getDeliveredAt()).isNotNull();
        assertThat(sent.getDeadlineMet()).isTrue();
    }

    @Test
    void shouldSendTheAnswerInTheLanguageTheVisitorAskedIn() throws Exception {
        var ticketed = (AskResult.Ticketed) questionProcess.ask(new NewQuestion(
                Topic.DIGITAL,
                "How do I borrow e-books from iPusnas?",
                null,
                Channel.EMAIL,
                "visitor@example.org",
                "Kios lobi",
                java.util.Locale.ENGLISH));
        assertThat(questions.find(ticketed.questionId()).orElseThrow().getVisitorLanguage())
                .isEqualTo(java.util.Locale.ENGLISH);
        ProcessInstance instance = instanceOf(ticketed.questionId());
        Task ticket = workTask(instance);
        questionTasks.claim(ticket.getId(), REFERENCE_LIBRARIAN);
        questionTasks.answer(
                ticket.getId(), REFERENCE_LIBRARIAN, "Install iPusnas and sign in with your e-mail.", null);
        engine.getManagementService().executeJob(job(instance).getId());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject())
                .isEqualTo(
                        "The answer to your question (" + ticketed.reference() + ") \u2014 Perpustakaan Kota Blitar");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body)
                .contains("Dear visitor of Perpustakaan Kota Blitar,")
                .contains("> How do I borrow e-books from iPusnas?")
                .contains("Our librarian's answer")
                .contains("Install iPusnas")
                .doesNotContain("Jawaban", "Terima kasih");
    }

    @Test
    void shouldKeepATicketAnswerForPickUpAtTheDesk() {
        var ticketed = (AskResult.Ticketed)
                questionProcess.ask(forPickUp(Topic.MEMBERSHIP, "Syarat kartu anggota untuk anak?"));

        assertThat(ticketed.reference()).isEqualTo("T-" + ticketed.questionId());
        assertThat(ticketed.byEmail()).isFalse();
        ProcessInstance instance = instanceOf(ticketed.questionId());
        assertThat(instance)
                .hasPassed(QuestionProcess.GATEWAY_WALK_IN)
                .isWaitingAt(QuestionProcess.TASK_ANSWER_QUESTION);
        Task ticket = workTask(instance);
        assertThat(candidateGroups(ticket)).containsExactly("membership");
        engine.getIdentityService().createMembership(SECOND_REFERENCE_LIBRARIAN, "membership");
        try {
            questionTasks.claim(ticket.getId(), SECOND_REFERENCE_LIBRARIAN);
            assertThat(questionTasks.answer(ticket.getId(), SECOND_REFERENCE_LIBRARIAN, "   ", null))
                    .isEqualTo(new WorkResult.Rejected("error.text.empty"));
            questionTasks.answer(
                    ticket.getId(), SECOND_REFERENCE_LIBRARIAN, "Fotokopi kartu keluarga dan pas foto 3x4.", null);
        } finally {
            engine.getIdentityService().deleteMembership(SECOND_REFERENCE_LIBRARIAN, "membership");
        }

        assertThat(instance).hasPassed(QuestionProcess.END_READY_FOR_PICK_UP).isEnded();
        Question question = questions.find(ticketed.questionId()).orElseThrow();
        assertThat(question.getOutcome()).isEqualTo(Outcome.READY_FOR_PICK_UP);
        assertThat(question.getAnswer()).contains("kartu keluarga");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void shouldEscalateAnOverdueTicketAndLetTheSupervisorReassignIt() {
        var ticketed = (AskResult.Ticketed)
                questionProcess.ask(byEmail(Topic.RESEARCH, "Data kunjungan wisata Makam Bung Karno 2020?", "a@b.id"));
        ProcessInstance instance = instanceOf(ticketed.questionId());
        Task ticket = workTask(instance);
        assertThat(ticket.getPriority()).isEqualTo(45);
        assertThat(ticket.getDueDate()).isNotNull();
        questionTasks.claim(ticket.getId(), REFERENCE_LIBRARIAN);

        engine.getManagementService().executeJob(job(instance).getId());

        assertThat(instance)
                .hasPassed(QuestionProcess.EVENT_ANSWER_OVERDUE, QuestionProcess.TASK_ESCALATE_QUESTION)
                .isWaitingAt(QuestionProcess.TASK_ANSWER_QUESTION, QuestionProcess.TASK_REVIEW_OVERDUE_QUESTION);
        assertThat(workTask(instance).getPriority()).isEqualTo(65);
        assertThat(questions.find(ticketed.questionId()).orElseThrow().getEscalatedAt())
                .isNotNull();
        Task review = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(QuestionProcess.TASK_REVIEW_OVERDUE_QUESTION)
                .singleResult();
        assertThat(candidateGroups(review)).containsExactly("duty-supervisors");
        assertThat(questionWorklist.groupTasks(SUPERVISOR))
                .extracting(WorkItem::kind)
                .contains(WorkItem.Kind.REVIEW);
        assertThat(questionTasks.review(review.getId(), REFERENCE_LIBRARIAN, "children", "x"))
                .isEqualTo(new WorkResult.Rejected("worklist.error.notYourGroup"));
        assertThat(questionTasks.review(review.getId(), SUPERVISOR, "children", " "))
                .as("a reassignment carries a note")
                .isEqualTo(new WorkResult.Rejected("error.text.empty"));

        questionTasks.review(review.getId(), SUPERVISOR, "children", "Tim anak punya data wisata sekolah");

        assertThat(instance)
                .hasPassed(QuestionProcess.END_OVERDUE_REVIEWED)
                .isWaitingAt(QuestionProcess.TASK_ANSWER_QUESTION);
        Task moved = workTask(instance);
        assertThat(candidateGroups(moved)).containsExactly("children");
        assertThat(moved.getAssignee()).as("back in the new group's queue").isNull();
        assertThat(questionWorklist.groupTasks(CHILDREN_LIBRARIAN))
                .extracting(WorkItem::taskId)
                .contains(moved.getId());
        assertThat(questionWorklist.notesOf(ticketed.questionId()))
                .extracting(n -> n.getKind())
                .contains(NoteKind.ESCALATION, NoteKind.REASSIGNMENT);
    }

    @Test
    void shouldEndTheSupervisorsReviewWhenTheOverdueWalkInIsAnswered() {
        var queued = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Buku resep masakan Jawa?"));
        ProcessInstance instance = instanceOf(queued.questionId());
        engine.getManagementService().executeJob(job(instance).getId());
        assertThat(instance)
                .hasPassed(QuestionProcess.EVENT_WALK_IN_OVERDUE)
                .isWaitingAt(QuestionProcess.TASK_SERVE_WALK_IN, QuestionProcess.TASK_REVIEW_OVERDUE_QUESTION);
        Task task = workTask(instance);
        questionTasks.claim(task.getId(), REFERENCE_LIBRARIAN);
        questionTasks.call(task.getId(), REFERENCE_LIBRARIAN, "Meja 1");

        questionTasks.finishAtDesk(FinishAtDesk.answered(task.getId(), REFERENCE_LIBRARIAN));

        assertThat(instance).hasPassed(QuestionProcess.END_ANSWERED_AT_DESK).isEnded();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void shouldHitEveryRuleOfTheDecisionTable() {
        java.util.Date before = new java.util.Date(System.currentTimeMillis() - 1000);
        for (Topic topic : Topic.values()) {
            for (AgeGroup age : new AgeGroup[] {null, AgeGroup.CHILD, AgeGroup.ADULT}) {
                questionProcess.route(topic, age, true);
                questionProcess.route(topic, age, false);
            }
        }
        var definition = engine.getRepositoryService()
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(QuestionProcess.DECISION_KEY)
                .latestVersion()
                .singleResult();
        Set<String> rules = engine
                .getRepositoryService()
                .getDmnModelInstance(definition.getId())
                .getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class)
                .stream()
                .map(org.camunda.bpm.model.dmn.instance.Rule::getId)
                .collect(Collectors.toSet());
        Set<String> hit = engine
                .getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionId(definition.getId())
                .evaluatedAfter(before)
                .includeOutputs()
                .list()
                .stream()
                .flatMap(d -> d.getOutputs().stream())
                .map(o -> o.getRuleId())
                .collect(Collectors.toSet());
        assertThat(rules).hasSize(14);
        assertThat(hit).as("rules of question-routing.dmn hit").containsAll(rules);
    }

    @Test
    void shouldRouteTheNextQuestionByAnEditedDecisionTable() throws Exception {
        String edited;
        try (var in = getClass().getResourceAsStream("/dmn/question-routing.dmn")) {
            // A manager's edit: books questions at the desk now go to the children's librarians.
            edited = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(
                            "<outputEntry id=\"Rule_09_Group\"><text>\"reference\"</text></outputEntry>",
                            "<outputEntry id=\"Rule_09_Group\"><text>\"children\"</text></outputEntry>");
        }
        assertThat(edited).contains("Rule_09_Group\"><text>\"children\"");
        var deployment = engine.getRepositoryService()
                .createDeployment()
                .name("question-routing edited in a test")
                .addString("question-routing.dmn", edited)
                .deploy();
        try {
            var queued = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Buku cerita rakyat Blitar?"));
            assertThat(candidateGroups(workTask(instanceOf(queued.questionId()))))
                    .containsExactly("children");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
        var after = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Buku sejarah lagi?"));
        assertThat(candidateGroups(workTask(instanceOf(after.questionId())))).containsExactly("reference");
    }

    @Test
    void shouldRouteByTheDecisionTable() {
        assertThat(questionProcess.route(Topic.BOOKS, null, true))
                .isEqualTo(new QuestionProcess.Routing("reference", 70, Duration.ofMinutes(10)));
        assertThat(questionProcess.route(Topic.RESEARCH, AgeGroup.ADULT, false))
                .isEqualTo(new QuestionProcess.Routing("reference", 45, Duration.ofDays(3)));
        assertThat(questionProcess.route(Topic.BOOKS, AgeGroup.CHILD, true).candidateGroup())
                .as("a child's question goes to the children's librarians")
                .isEqualTo("children");
        assertThat(questionProcess
                        .route(Topic.MEMBERSHIP, AgeGroup.CHILD, false)
                        .candidateGroup())
                .as("membership questions go to the membership desk, whoever asks")
                .isEqualTo("membership");
        assertThat(questionProcess.route(Topic.DIGITAL, AgeGroup.TEEN, true).candidateGroup())
                .isEqualTo("digital-literacy");
        assertThat(questionProcess.route(Topic.CHILDREN, null, false))
                .isEqualTo(new QuestionProcess.Routing("children", 55, Duration.ofDays(1)));
        assertThat(questionProcess.route(Topic.OTHER, AgeGroup.ELDERLY, false).candidateGroup())
                .isEqualTo("reference");
    }

    @Test
    void shouldLinkAQuestionToTheVisitOfTheScannedCardAndRouteAChildToTheChildrensLibrarians() {
        String card = "Q-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        members.register(
                card,
                "Ahmad Fauzi",
                "Anak",
                AgeGroup.CHILD,
                null,
                null,
                LocalDate.now(clock).plusYears(1));
        var welcomed = (CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk");

        var queued = (AskResult.Queued) questionProcess.ask(
                new NewQuestion(Topic.BOOKS, "Buku dinosaurus ada?", card, Channel.WALK_IN, null, "Kios anak"));

        Question question = questions.find(queued.questionId()).orElseThrow();
        assertThat(question.getVisitId()).isEqualTo(welcomed.visitId());
        assertThat(question.getAgeGroup()).isEqualTo(AgeGroup.CHILD);
        assertThat(candidateGroups(workTask(instanceOf(queued.questionId())))).containsExactly("children");
        visitProcess.checkOut(card, "Pintu keluar");
    }

    @Test
    void shouldStoreNothingForBadInputOrAnUnknownCard() {
        long before = count();
        long instancesBefore = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(QuestionProcess.KEY)
                .count();

        assertThat(questionProcess.ask(walkIn(Topic.BOOKS, "  ")))
                .isEqualTo(new AskResult.Rejected(List.of("error.text.empty")));
        assertThat(questionProcess.ask(walkIn(Topic.BOOKS, "a".repeat(1001))))
                .isEqualTo(new AskResult.Rejected(List.of("error.text.tooLong")));
        assertThat(questionProcess.ask(walkIn(Topic.BOOKS, "halo\u0000dunia")))
                .isEqualTo(new AskResult.Rejected(List.of("error.input.controlCharacters")));
        assertThat(questionProcess.ask(walkIn(null, "Ada buku?")))
                .isEqualTo(new AskResult.Rejected(List.of("error.question.topic")));
        assertThat(questionProcess.ask(byEmail(Topic.BOOKS, "Ada buku?", "siti@")))
                .isEqualTo(new AskResult.Rejected(List.of("error.email.format")));
        assertThat(questionProcess.ask(byEmail(Topic.BOOKS, "Ada buku?", "")))
                .isEqualTo(new AskResult.Rejected(List.of("error.email.empty")));
        assertThat(questionProcess.ask(
                        new NewQuestion(Topic.BOOKS, "Ada buku?", "TIDAK-ADA-999", Channel.WALK_IN, null, "Kios")))
                .isEqualTo(new AskResult.UnknownCard());
        assertThat(questionProcess.ask(
                        new NewQuestion(Topic.BOOKS, "Ada buku?", "<script>", Channel.WALK_IN, null, "Kios")))
                .isEqualTo(new AskResult.Rejected(List.of("error.card.format")));

        assertThat(count()).isEqualTo(before);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(QuestionProcess.KEY)
                        .count())
                .isEqualTo(instancesBefore);
        assertThat(questionProcess.ask(walkIn(Topic.BOOKS, "a".repeat(1000)))).isInstanceOf(AskResult.Queued.class);
    }

    @Test
    void shouldOfferWaitingOnlyWhenALibrarianOfTheRoutedGroupIsOnShift() {
        assertThat(questionProcess.walkInAvailable(Topic.BOOKS, null)).isFalse();

        questionShifts.startShift(CHILDREN_LIBRARIAN);
        assertThat(questionProcess.walkInAvailable(Topic.BOOKS, null)).isFalse();
        assertThat(questionProcess.walkInAvailable(Topic.CHILDREN, null)).isTrue();

        questionShifts.startShift(SECOND_REFERENCE_LIBRARIAN);
        assertThat(questionProcess.walkInAvailable(Topic.BOOKS, null)).isTrue();

        QuestionTestSupport.restoreOpeningHours(jdbc);
        jdbc.update("update opening_hours set closed = true, opens_at = null, closes_at = null");
        assertThat(questionProcess.walkInAvailable(Topic.BOOKS, null))
                .as("not when the library is closed")
                .isFalse();
    }

    @Test
    void shouldTransferUnclaimAndHandBackEverythingAtTheEndOfAShift() {
        var first = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Komik ada di lantai berapa?"));
        var second = (AskResult.Ticketed) questionProcess.ask(forPickUp(Topic.OTHER, "Boleh bawa makanan?"));
        Task a = workTask(instanceOf(first.questionId()));
        Task b = workTask(instanceOf(second.questionId()));
        questionShifts.startShift(REFERENCE_LIBRARIAN);
        questionTasks.claim(a.getId(), REFERENCE_LIBRARIAN);
        questionTasks.claim(b.getId(), REFERENCE_LIBRARIAN);

        assertThat(questionTasks.transfer(a.getId(), REFERENCE_LIBRARIAN, "galaxy", null))
                .isEqualTo(new WorkResult.Rejected("worklist.error.group"));
        assertThat(questionTasks.transfer(a.getId(), SECOND_REFERENCE_LIBRARIAN, "children", null))
                .isEqualTo(new WorkResult.TakenBy(REFERENCE_LIBRARIAN));
        questionTasks.transfer(a.getId(), REFERENCE_LIBRARIAN, "children", "Komik anak ada di ruang anak");
        assertThat(candidateGroups(workTask(instanceOf(first.questionId())))).containsExactly("children");
        assertThat(questionWorklist.myTasks(REFERENCE_LIBRARIAN))
                .extracting(WorkItem::taskId)
                .containsExactly(b.getId());
        assertThat(questions.find(first.questionId()).orElseThrow().getCandidateGroup())
                .isEqualTo("children");

        questionTasks.unclaim(b.getId(), REFERENCE_LIBRARIAN);
        assertThat(questionWorklist.groupTasks(SECOND_REFERENCE_LIBRARIAN))
                .extracting(WorkItem::taskId)
                .contains(b.getId());
        questionTasks.claim(b.getId(), REFERENCE_LIBRARIAN);

        int handedBack = questionShifts.endShift(REFERENCE_LIBRARIAN);

        assertThat(handedBack).isEqualTo(1);
        assertThat(questionShifts.onShift(REFERENCE_LIBRARIAN)).isFalse();
        assertThat(questionWorklist.myTasks(REFERENCE_LIBRARIAN)).isEmpty();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(b.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();
    }

    @Test
    void shouldNumberWalkInsDailyFromOne() {
        // A new day: everything numbered so far belongs to yesterday.
        LocalDate today = LocalDate.now(clock);
        jdbc.update("update question set queue_day = ? where queue_day = ?", today.minusDays(1), today);
        jdbc.update("update queue_counter set queue_day = ? where queue_name = 'A'", today.minusDays(1));

        var first = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Pertanyaan pertama hari ini"));
        var second = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Pertanyaan kedua hari ini"));

        assertThat(first.queueNumber()).isEqualTo("A-001");
        assertThat(second.queueNumber()).isEqualTo("A-002");
        assertThat(second.waitingBefore()).isGreaterThanOrEqualTo(1);
        instanceOf(first.questionId());
        instanceOf(second.questionId());
    }

    @Test
    void shouldPublishAnAnswerToTheFaqAndFindItByWords() {
        String word = "kata" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(faqCatalogue.publish(Topic.BOOKS, " ", "Jawaban", null, REFERENCE_LIBRARIAN))
                .isEqualTo(new WorkResult.Rejected("error.text.empty"));
        faqCatalogue.publish(
                Topic.BOOKS, "Apakah " + word + " bisa dipinjam?", "Bisa, dua minggu.", null, REFERENCE_LIBRARIAN);

        assertThat(faqCatalogue.search(word.toUpperCase() + " pinjam", null)).hasSize(1);
        assertThat(faqCatalogue.search(word, Topic.BOOKS)).hasSize(1);
        assertThat(faqCatalogue.search(word, Topic.DIGITAL)).isEmpty();
        long id = faqCatalogue.search(word, null).get(0).getId();
        faqCatalogue.withdraw(id);
        assertThat(faqCatalogue.search(word, null)).isEmpty();
    }

    @Test
    void shouldForgetTheEmailAfterAMonthAndDeleteTheQuestionAfterTheRetention() {
        var ticketed = (AskResult.Ticketed)
                questionProcess.ask(byEmail(Topic.OTHER, "Jam buka hari libur nasional?", "tanya@example.org"));
        ProcessInstance instance = instanceOf(ticketed.questionId());
        Task ticket = workTask(instance);
        questionTasks.claim(ticket.getId(), REFERENCE_LIBRARIAN);
        questionTasks.addNote(ticketed.questionId(), REFERENCE_LIBRARIAN, "cek kalender dinas");
        questionTasks.answer(ticket.getId(), REFERENCE_LIBRARIAN, "Tutup pada hari libur nasional.", null);
        engine.getManagementService().executeJob(job(instance).getId());
        assertThat(questions.find(ticketed.questionId()).orElseThrow().getEmail())
                .isEqualTo("tanya@example.org");

        jdbc.update(
                "update question set closed_at = ? where id = ?",
                LocalDateTime.now(clock).minusDays(31),
                ticketed.questionId());
        questions.forgetOldEmails();
        assertThat(questions.find(ticketed.questionId()).orElseThrow().getEmail())
                .isNull();

        jdbc.update(
                "update question set closed_at = ? where id = ?",
                LocalDateTime.now(clock).minusYears(3).minusDays(1),
                ticketed.questionId());
        assertThat(questions.purgeOldQuestions()).isGreaterThanOrEqualTo(1);
        assertThat(questions.find(ticketed.questionId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from question_note where question_id = ?", Long.class, ticketed.questionId()))
                .isZero();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from question", Long.class);
    }

    private ProcessInstance instanceOf(long questionId) {
        String id = questions.find(questionId).orElseThrow().getProcessInstanceId();
        coverage.track(id);
        ProcessInstance running = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
        if (running != null) {
            return running;
        }
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
    }

    private Task workTask(ProcessInstance instance) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKeyIn(QuestionProcess.TASK_SERVE_WALK_IN, QuestionProcess.TASK_ANSWER_QUESTION)
                .singleResult();
    }

    private Job job(ProcessInstance instance) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
