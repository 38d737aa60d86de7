package id.blitar.kiosk.privacy.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.base.ModelCoverage;
import id.blitar.kiosk.member.domain.Member;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.process.TapResult;
import id.blitar.kiosk.poll.service.PollDetails;
import id.blitar.kiosk.privacy.domain.DataRequest;
import id.blitar.kiosk.privacy.domain.DataRequestRepository;
import id.blitar.kiosk.privacy.domain.DataRequestStatus;
import id.blitar.kiosk.privacy.domain.SubjectKind;
import id.blitar.kiosk.privacy.process.DataRequestProcess.EmailCodeResult;
import id.blitar.kiosk.privacy.process.DataRequestProcess.Lookup;
import id.blitar.kiosk.privacy.process.DataRequestProcess.RequestResult;
import id.blitar.kiosk.privacy.process.DataRequestProcess.ReviewTask;
import id.blitar.kiosk.privacy.service.PersonalData;
import id.blitar.kiosk.privacy.service.Subject;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.AskResult;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.report.service.Period;
import id.blitar.kiosk.report.service.ReportService;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.domain.WorkshopType;
import id.blitar.kiosk.workshop.process.SignUp;
import id.blitar.kiosk.workshop.process.SignUpResult;
import id.blitar.kiosk.workshop.process.WorkshopProcess;
import id.blitar.kiosk.workshop.service.WorkshopDraft;
import id.blitar.kiosk.workshop.service.WorkshopService;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code bpmn/data-request.bpmn} (UU PDP deletion requests) on the test database: a member with a
 * visit, a question, a workshop seat and a poll answer asks for deletion; after approval nothing personal is left
 * in the application's tables or in Camunda's runtime and history tables, and the report's counts are unchanged.
 */
class DataRequestProcessIT extends DatabaseIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "localhost", "smtp"));

    private static final ModelCoverage coverage = new ModelCoverage(DataRequestProcess.KEY, "DataRequestProcessIT");

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataRequestProcess dataRequests;

    @Autowired
    DataRequestRepository requests;

    @Autowired
    MemberService members;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    QuestionProcess questionProcess;

    @Autowired
    WorkshopProcess workshopProcess;

    @Autowired
    WorkshopService workshops;

    @Autowired
    PollProcess pollProcess;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void init() {
        coverage.use(engine);
    }

    @AfterAll
    static void shouldHaveWalkedEveryElementOfTheModel() {
        coverage.assertEveryElementWalked();
    }

    @Test
    void shouldDeleteEverythingPersonalOfAMemberOnApprovalAndKeepTheReportsCounts() throws Exception {
        String card = card();
        String email = "wahyu." + card.toLowerCase() + "@example.org";
        LocalDate today = LocalDate.now(clock);
        Member member = members.register(
                card, "Wahyu Nur Hidayat", "Umum", AgeGroup.ADULT, email, "SMAN 1 Blitar", today.plusYears(1));
        long memberId = member.getId();

        visitProcess.checkInMember(card, "Kios pintu masuk");
        AskResult asked = questionProcess.ask(new NewQuestion(
                Topic.BOOKS,
                "Apakah ada novel Bumi Manusia karya Pramoedya untuk " + card + "?",
                card,
                Channel.EMAIL,
                email,
                "Kios referensi"));
        assertThat(asked).isInstanceOf(AskResult.Ticketed.class);
        Workshop workshop = workshop(today.plusDays(5).atTime(9, 0));
        SignUpResult signedUp = workshopProcess.signUp(workshop.getId(), SignUp.member(card, "Kios kegiatan"));
        assertThat(signedUp).isInstanceOf(SignUpResult.Confirmed.class);
        long pollId = ((TapResult.Counted) pollProcess.tap("Kios keluar " + card, Mood.UNHAPPY)).pollId();
        pollProcess.linkCard(pollId, card, "Kios keluar " + card);
        pollProcess.giveDetails(
                pollId, new PollDetails(null, null, null, "Wahyu " + card + " tidak dapat kursi di ruang baca"));

        Period month = Period.monthUntil(today);
        Object visitsBefore = reports.visits(month);
        Object questionsBefore = reports.questions(month);
        Object satisfactionBefore = reports.satisfaction(month);
        long visitedBefore = reports.members(month).visited();
        long seatsTakenBefore = workshops.find(workshop.getId()).orElseThrow().getSeatsTaken();

        Lookup.Found found = (Lookup.Found) dataRequests.lookUp(card);
        PersonalData data = found.data();
        assertThat(data.membership().maskedName())
                .isEqualTo("W\u2022\u2022\u2022 N\u2022\u2022\u2022 H\u2022\u2022\u2022");
        assertThat(data.membership().maskedCard())
                .endsWith(card.substring(card.length() - 2))
                .doesNotContain("KPB");
        assertThat(data.membership().maskedEmail()).startsWith("w\u2022\u2022\u2022@");
        assertThat(data.visitsThisYear()).hasSize(1);
        assertThat(data.questions()).hasSize(1);
        assertThat(data.registrations()).hasSize(1);
        assertThat(data.pollAnswers()).hasSize(1);
        assertThat(found.request()).isEmpty();
        Set<String> instances = instancesOf(memberId, card, email);
        assertThat(instances).hasSize(4);

        RequestResult requested = dataRequests.request(found.subject(), "Kios referensi");
        long requestId = ((RequestResult.Requested) requested).requestId();
        assertThat(dataRequests.request(found.subject(), "Kios lain"))
                .as("a second request while the first is open")
                .isInstanceOf(RequestResult.AlreadyOpen.class);
        ProcessInstance instance = instanceOf(requestId);
        assertThat(instance).isWaitingAt(DataRequestProcess.TASK_REVIEW);
        assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
                .as("no personal data in process variables")
                .containsExactlyInAnyOrder("dataRequestId", "dueAt");
        Task review = task(instance);
        assertThat(review.getDueDate().toInstant())
                .isEqualTo(requests.findById(requestId)
                        .orElseThrow()
                        .getDueAt()
                        .atZone(clock.getZone())
                        .toInstant());
        assertThat(candidateGroups(review)).containsExactly(DataRequestProcess.GROUP_DATA_PROTECTION);

        ReviewTask shown = dataRequests.reviewTasks(List.of("data-protection")).stream()
                .filter(t -> t.request().getId() == requestId)
                .findFirst()
                .orElseThrow();
        assertThat(shown.subjectName()).isEqualTo("Wahyu Nur Hidayat");
        assertThat(shown.data()).isPresent();
        assertThat(dataRequests.reviewTasks(List.of("children")))
                .noneMatch(t -> t.request().getId() == requestId);

        assertThat(dataRequests.decide(review.getId(), "it-privasi", true, "")).isEmpty();
        runJobs(instance);

        assertThat(instance)
                .hasPassed(
                        DataRequestProcess.TASK_END_OPEN_SERVICES,
                        DataRequestProcess.TASK_ERASE,
                        DataRequestProcess.TASK_NOTIFY_ERASED,
                        DataRequestProcess.END_DATA_ERASED)
                .isEnded();

        // The application's tables: nothing that names, contacts or links the person.
        assertThat(count("select count(*) from member where id = ? or card_number = ?", memberId, card))
                .isZero();
        assertThat(count("select count(*) from visit where member_id = ?", memberId))
                .isZero();
        assertThat(count(
                        "select count(*) from visit where erased_member_type = 'Umum' and institution is null"
                                + " and checked_in_at >= ?",
                        today.atStartOfDay()))
                .isPositive();
        assertThat(count(
                        "select count(*) from question where member_id = ? or email = ? or text like ?",
                        memberId,
                        email,
                        "%" + card + "%"))
                .isZero();
        assertThat(count(
                        "select count(*) from registration where member_id = ? or person_key = ? or email = ?",
                        memberId,
                        "M:" + memberId,
                        email))
                .isZero();
        assertThat(count(
                        "select count(*) from registration where workshop_id = ? and status = 'CANCELLED'",
                        workshop.getId()))
                .as("the seat was given back")
                .isEqualTo(1);
        assertThat(workshops.find(workshop.getId()).orElseThrow().getSeatsTaken())
                .isEqualTo(seatsTakenBefore - 1);
        assertThat(count(
                        "select count(*) from poll_answer where member_id = ? or comment like ?",
                        memberId,
                        "%" + card + "%"))
                .isZero();
        assertThat(count("select count(*) from scan_ledger where member_id = ? or code_read = ?", memberId, card))
                .isZero();

        // Camunda's runtime and history tables, by the person's instances and by their ids and values.
        for (String table : List.of(
                "ACT_RU_EXECUTION",
                "ACT_RU_TASK",
                "ACT_RU_VARIABLE",
                "ACT_RU_JOB.PROCESS_INSTANCE_ID_",
                "ACT_RU_EVENT_SUBSCR",
                "ACT_HI_PROCINST",
                "ACT_HI_ACTINST",
                "ACT_HI_TASKINST",
                "ACT_HI_VARINST",
                "ACT_HI_DETAIL",
                "ACT_HI_IDENTITYLINK.ROOT_PROC_INST_ID_",
                "ACT_HI_OP_LOG",
                "ACT_HI_COMMENT",
                "ACT_HI_JOB_LOG.PROCESS_INSTANCE_ID_",
                "ACT_HI_INCIDENT")) {
            // Most tables name the column PROC_INST_ID_; the job tables PROCESS_INSTANCE_ID_.
            String[] tableAndColumn = (table.contains(".") ? table : table + ".PROC_INST_ID_").split("\\.");
            for (String id : instances) {
                assertThat(count(
                                "select count(*) from " + tableAndColumn[0] + " where " + tableAndColumn[1] + " = ?",
                                id))
                        .as("%s rows of instance %s", table, id)
                        .isZero();
            }
        }
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_VARIABLE")) {
            assertThat(count("select count(*) from " + table + " where NAME_ = 'memberId' and LONG_ = ?", memberId))
                    .as("%s: the member's id", table)
                    .isZero();
            assertThat(count("select count(*) from " + table + " where TEXT_ in (?, ?)", card, email))
                    .as("%s: the card number or e-mail address", table)
                    .isZero();
        }

        // The statistics: unchanged.
        assertThat(reports.visits(month)).usingRecursiveComparison().isEqualTo(visitsBefore);
        assertThat(reports.questions(month)).usingRecursiveComparison().isEqualTo(questionsBefore);
        assertThat(reports.satisfaction(month)).usingRecursiveComparison().isEqualTo(satisfactionBefore);
        assertThat(reports.members(month).visited()).isEqualTo(visitedBefore);

        // The audit log: who decided, what was deleted, nothing of the person.
        DataRequest logged = requests.findById(requestId).orElseThrow();
        assertThat(logged.getStatus()).isEqualTo(DataRequestStatus.ERASED);
        assertThat(logged.getDecidedBy()).isEqualTo("it-privasi");
        assertThat(logged.getErasedSummary())
                .startsWith("members=1;visits=1;questions=1;registrations=1;pollAnswers=1;")
                .contains("processHistories=4");
        assertThat(logged.getSubjectRef()).isNull();
        assertThat(logged.getContactEmail()).isNull();
        assertThat(logged.getOutcomeSentAt()).isNotNull();

        MimeMessage told = lastMailTo(email);
        assertThat(told.getSubject()).contains("telah dihapus");
        assertThat(bodyOf(told)).contains("statistik tanpa").contains("SLiMS");

        // The next scan of the card: the outcome, once; then nothing links the request to that card.
        Lookup next = dataRequests.lookUp(card);
        assertThat(next).isInstanceOf(Lookup.Unknown.class);
        assertThat(((Lookup.Unknown) next).request().orElseThrow().status()).isEqualTo(DataRequestStatus.ERASED);
        assertThat(((Lookup.Unknown) dataRequests.lookUp(card)).request()).isEmpty();
        assertThat(requests.findById(requestId).orElseThrow().getSubjectHash()).isNull();
    }

    @Test
    void shouldRefuseWithAReasonThePersonIsToldAndKeepTheData() throws Exception {
        String card = card();
        String email = "sri." + card.toLowerCase() + "@example.org";
        members.register(
                card,
                "Sri Rahayu",
                "Pelajar",
                AgeGroup.TEEN,
                email,
                null,
                LocalDate.now(clock).plusYears(1));
        Lookup.Found found = (Lookup.Found) dataRequests.lookUp(card);
        assertThat(found.data().holdsOnlyMembership()).isTrue();
        long requestId =
                ((RequestResult.Requested) dataRequests.request(found.subject(), "Kios pintu masuk")).requestId();
        ProcessInstance instance = instanceOf(requestId);
        Task review = task(instance);

        assertThat(dataRequests.decide(review.getId(), "it-privasi", false, "  "))
                .containsExactly("error.dataRequest.reasonNeeded");
        assertThat(dataRequests.decide(review.getId(), "it-privasi", false, "x".repeat(501)))
                .containsExactly("error.dataRequest.reasonTooLong");
        assertThat(dataRequests.decide(review.getId(), "it-privasi", false, "Catatan:\u0007 belum"))
                .containsExactly("error.input.controlCharacters");
        assertThat(instance).isWaitingAt(DataRequestProcess.TASK_REVIEW);

        // An officer writes as people write: a colon, an exclamation mark, a second line.
        String reason = "Catatan: masih ada 2 buku pinjaman yang belum dikembalikan!\nSilakan ke meja sirkulasi.";
        assertThat(dataRequests.decide(review.getId(), "it-privasi", false, reason))
                .isEmpty();
        assertThat(dataRequests.decide(review.getId(), "it-privasi", true, ""))
                .containsExactly("error.dataRequest.gone");
        runJobs(instance);

        assertThat(instance)
                .hasPassed(DataRequestProcess.TASK_NOTIFY_REFUSED, DataRequestProcess.END_REQUEST_REFUSED)
                .isEnded();
        assertThat(members.findByCard(card)).isPresent();
        DataRequest logged = requests.findById(requestId).orElseThrow();
        assertThat(logged.getStatus()).isEqualTo(DataRequestStatus.REFUSED);
        assertThat(logged.getReason()).isEqualTo(reason);
        assertThat(logged.getSubjectRef()).isNull();
        assertThat(logged.getContactEmail()).isNull();
        assertThat(bodyOf(lastMailTo(email))).contains("buku pinjaman");

        Lookup.Found again = (Lookup.Found) dataRequests.lookUp(card);
        assertThat(again.request().orElseThrow().status()).isEqualTo(DataRequestStatus.REFUSED);
        assertThat(again.request().orElseThrow().reason()).isEqualTo(reason);
        assertThat(((Lookup.Found) dataRequests.lookUp(card)).request())
                .as("shown once")
                .isEmpty();
        assertThat(dataRequests.request(again.subject(), "Kios pintu masuk"))
                .as("a new request after a refusal")
                .isInstanceOf(RequestResult.Requested.class);
        decideAll(again.subject(), false);
    }

    @Test
    void shouldTellTheManagersWhenTheSeventyTwoHoursPassWithoutADecision() {
        String card = card();
        members.register(
                card,
                "Bambang Sutrisno",
                "Umum",
                AgeGroup.ELDERLY,
                null,
                null,
                LocalDate.now(clock).plusYears(1));
        Lookup.Found found = (Lookup.Found) dataRequests.lookUp(card);
        long requestId =
                ((RequestResult.Requested) dataRequests.request(found.subject(), "Kios referensi")).requestId();
        ProcessInstance instance = instanceOf(requestId);
        Job deadline = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
        assertThat(deadline.getDuedate().toInstant())
                .isEqualTo(requests.findById(requestId)
                        .orElseThrow()
                        .getDueAt()
                        .atZone(clock.getZone())
                        .toInstant());

        engine.getManagementService().executeJob(deadline.getId());

        assertThat(instance)
                .hasPassed(
                        DataRequestProcess.EVENT_DEADLINE_REACHED,
                        DataRequestProcess.TASK_ESCALATE,
                        DataRequestProcess.END_ESCALATED)
                .isWaitingAt(DataRequestProcess.TASK_REVIEW);
        Task review = task(instance);
        assertThat(candidateGroups(review))
                .containsExactlyInAnyOrder(DataRequestProcess.GROUP_DATA_PROTECTION, DataRequestProcess.GROUP_MANAGERS);
        assertThat(review.getPriority()).isEqualTo(EscalateDataRequestDelegate.ESCALATED_PRIORITY);
        assertThat(requests.findById(requestId).orElseThrow().getEscalatedAt()).isNotNull();
        assertThat(dataRequests.reviewTasks(List.of("managers")))
                .anyMatch(t -> t.request().getId() == requestId && t.escalated());

        assertThat(dataRequests.decide(review.getId(), "kepala", false, "Identitas pemohon belum dapat dipastikan."))
                .isEmpty();
        runJobs(instance);
        assertThat(instance).isEnded();
    }

    @Test
    void shouldEndAServiceStartedWhileTheDeletionWasUnderWayBeforeDeleting() {
        String card = card();
        String email = "joko." + card.toLowerCase() + "@example.org";
        members.register(
                card,
                "Joko Susilo",
                "Umum",
                AgeGroup.ADULT,
                email,
                null,
                LocalDate.now(clock).plusYears(1));
        Lookup.Found found = (Lookup.Found) dataRequests.lookUp(card);
        long requestId =
                ((RequestResult.Requested) dataRequests.request(found.subject(), "Kios referensi")).requestId();
        ProcessInstance instance = instanceOf(requestId);
        assertThat(dataRequests.decide(task(instance).getId(), "it-privasi", true, null))
                .isEmpty();
        executeJobAt(instance, DataRequestProcess.TASK_END_OPEN_SERVICES);

        // Between the two steps the member asks a question at another kiosk.
        questionProcess.ask(new NewQuestion(
                Topic.DIGITAL,
                "Bagaimana cara memakai e-book iPusnas, " + card + "?",
                card,
                Channel.EMAIL,
                email,
                "Kios lain"));
        executeJobAt(instance, DataRequestProcess.TASK_ERASE);
        assertThat(members.findByCard(card))
                .as("nothing deleted while a service runs")
                .isPresent();
        assertThat(instance).isWaitingAt(DataRequestProcess.TASK_END_OPEN_SERVICES);

        runJobs(instance);
        assertThat(instance)
                .hasPassed(DataRequestProcess.GATEWAY_ERASED, DataRequestProcess.END_DATA_ERASED)
                .isEnded();
        assertThat(members.findByCard(card)).isEmpty();
        assertThat(count("select count(*) from question where text like ? or email = ?", "%" + card + "%", email))
                .isZero();
    }

    @Test
    void shouldLetAWorkshopGuestSeeAndDeleteTheirDataWithTheTicket() {
        Workshop workshop = workshop(LocalDate.now(clock).plusDays(6).atTime(13, 0));
        String email = "ratna." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
        SignUpResult signedUp = workshopProcess.signUp(
                workshop.getId(), SignUp.guest("Ratna Dewi Anggraini", "081234567890", email, true, "Kios kegiatan"));
        String ticket = ((SignUpResult.Confirmed) signedUp).ticketCode();

        Lookup.Found found = (Lookup.Found) dataRequests.lookUp(ticket);
        assertThat(found.subject().kind()).isEqualTo(SubjectKind.TICKET);
        assertThat(found.data().membership()).isNull();
        assertThat(found.data().registrations()).singleElement().satisfies(r -> {
            assertThat(r.workshopTitle()).isEqualTo(workshop.getTitle());
            assertThat(r.maskedTicket()).doesNotContain(ticket);
        });
        long requestId = ((RequestResult.Requested) dataRequests.request(found.subject(), "Kios kegiatan")).requestId();
        ProcessInstance instance = instanceOf(requestId);
        assertThat(dataRequests.decide(task(instance).getId(), "it-privasi", true, null))
                .isEmpty();
        runJobs(instance);

        assertThat(instance).hasPassed(DataRequestProcess.END_DATA_ERASED).isEnded();
        assertThat(count(
                        "select count(*) from registration where workshop_id = ? and (email = ? or guest_name like 'Ratna%'"
                                + " or phone = ?)",
                        workshop.getId(), email, "081234567890"))
                .isZero();
        assertThat(count(
                        "select count(*) from registration where workshop_id = ? and status = 'CANCELLED'",
                        workshop.getId()))
                .isEqualTo(1);
        assertThat(((Lookup.Unknown) dataRequests.lookUp(ticket))
                        .request()
                        .orElseThrow()
                        .status())
                .isEqualTo(DataRequestStatus.ERASED);
    }

    @Test
    void shouldLetAGuestProveTheirEmailAddressWithACodeAndDeleteWhatIsHeldUnderIt() throws Exception {
        String email = "sekar." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
        questionProcess.ask(new NewQuestion(
                Topic.RESEARCH,
                "Di mana arsip koran Blitar tahun 1990-an? Dari " + email,
                null,
                Channel.EMAIL,
                email,
                "Kios referensi"));
        Workshop workshop = workshop(LocalDate.now(clock).plusDays(8).atTime(10, 0));
        workshopProcess.signUp(
                workshop.getId(), SignUp.guest("Sekar Ayu Lestari", null, email.toUpperCase(), true, "Kios kegiatan"));

        assertThat(dataRequests.sendEmailCode("bukan alamat")).isInstanceOf(EmailCodeResult.Rejected.class);
        EmailChallenge challenge =
                ((EmailCodeResult.Sent) dataRequests.sendEmailCode(" " + email.toUpperCase() + " ")).challenge();
        String code = lastMailTo(email).getSubject().replaceAll("\\D*(\\d{6}).*", "$1");
        assertThat(code).matches("\\d{6}");

        List<String> problems = new ArrayList<>();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(dataRequests.confirmEmailCode(challenge, wrong, problems)).isEmpty();
        assertThat(problems).containsExactly("error.dataRequest.code.WRONG");
        Lookup.Found found = (Lookup.Found) dataRequests
                .confirmEmailCode(challenge, code, new ArrayList<>())
                .orElseThrow();
        assertThat(found.subject().kind()).isEqualTo(SubjectKind.EMAIL);
        assertThat(found.data().membership()).isNull();
        assertThat(found.data().questions()).hasSize(1);
        assertThat(found.data().registrations()).hasSize(1);
        problems.clear();
        assertThat(dataRequests.confirmEmailCode(challenge, code, problems))
                .as("a code opens the data once")
                .isEmpty();
        assertThat(problems).containsExactly("error.dataRequest.code.TOO_MANY_TRIES");

        long requestId =
                ((RequestResult.Requested) dataRequests.request(found.subject(), "Kios referensi")).requestId();
        ProcessInstance instance = instanceOf(requestId);
        assertThat(dataRequests.decide(task(instance).getId(), "it-privasi", true, null))
                .isEmpty();
        runJobs(instance);
        assertThat(instance).hasPassed(DataRequestProcess.END_DATA_ERASED).isEnded();
        assertThat(count(
                        "select count(*) from question where lower(email) = ? or text like ?",
                        email,
                        "%" + email + "%"))
                .isZero();
        assertThat(count(
                        "select count(*) from registration where lower(email) = ? or (workshop_id = ? and guest_name like 'Sekar%')",
                        email, workshop.getId()))
                .isZero();
        assertThat(bodyOf(lastMailTo(email))).contains("sudah kami laksanakan");

        // An address the library knows nothing about gets no e-mail, and the kiosk says the same as for any other.
        String stranger = "orang.lain." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
        int before = smtp.getReceivedMessages().length;
        assertThat(dataRequests.sendEmailCode(stranger)).isInstanceOf(EmailCodeResult.Sent.class);
        assertThat(smtp.getReceivedMessages()).hasSize(before);
        // Nobody's mailbox is flooded from a kiosk.
        dataRequests.sendEmailCode(stranger);
        dataRequests.sendEmailCode(stranger);
        assertThat(dataRequests.sendEmailCode(stranger)).isInstanceOf(EmailCodeResult.Throttled.class);
    }

    @Test
    void shouldSayNothingIsKnownOfAnUnknownCard() {
        Lookup lookup = dataRequests.lookUp("KPB-00000000");
        assertThat(lookup).isInstanceOf(Lookup.Unknown.class);
        assertThat(((Lookup.Unknown) lookup).request()).isEmpty();
    }

    private void decideAll(Subject subject, boolean approve) {
        for (ReviewTask t : dataRequests.reviewTasks(List.of("data-protection"))) {
            if (subject.hash().equals(t.request().getSubjectHash())) {
                dataRequests.decide(t.taskId(), "it-privasi", approve, "Selesai diuji.");
                runJobs(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(t.request().getProcessInstanceId())
                        .singleResult());
            }
        }
    }

    private Set<String> instancesOf(long memberId, String card, String email) {
        List<String> ids = new ArrayList<>();
        ids.addAll(jdbc.queryForList(
                "select process_instance_id from visit where member_id = ? and process_instance_id is not null",
                String.class,
                memberId));
        ids.addAll(jdbc.queryForList(
                "select process_instance_id from question where member_id = ? and process_instance_id is not null",
                String.class,
                memberId));
        ids.addAll(jdbc.queryForList(
                "select process_instance_id from registration where member_id = ? and process_instance_id is not null",
                String.class,
                memberId));
        ids.addAll(jdbc.queryForList(
                "select process_instance_id from poll_answer where member_id = ? and process_instance_id is not null",
                String.class,
                memberId));
        return Set.copyOf(ids);
    }

    private Workshop workshop(LocalDateTime start) {
        return workshops.store(
                null,
                new WorkshopDraft(
                        "Literasi keuangan keluarga "
                                + ThreadLocalRandom.current().nextInt(100_000),
                        "Mengatur uang belanja dan tabungan",
                        WorkshopType.WORKSHOP,
                        EnumSet.of(AgeGroup.TEEN, AgeGroup.ADULT, AgeGroup.ELDERLY),
                        "Ruang Serbaguna",
                        10,
                        start.minusDays(30),
                        start,
                        null,
                        List.of(new WorkshopDraft.SessionDraft(start, start.plusHours(2)))),
                "kepala");
    }

    private ProcessInstance instanceOf(long requestId) {
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(requestId))
                .processDefinitionKey(DataRequestProcess.KEY)
                .singleResult();
        coverage.track(instance.getId());
        return instance;
    }

    private Task task(ProcessInstance instance) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    /** Runs the due jobs (async steps) of the instance until it waits for nothing due. */
    private void runJobs(ProcessInstance instance) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private void executeJobAt(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private MimeMessage lastMailTo(String address) throws Exception {
        MimeMessage last = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                last = m;
            }
        }
        assertThat(last).as("an e-mail to %s", address).isNotNull();
        return last;
    }

    /** The decoded text of a message (GreenMail keeps it as sent, possibly quoted-printable). */
    private static String bodyOf(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static String card() {
        return "KPB-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }
}
