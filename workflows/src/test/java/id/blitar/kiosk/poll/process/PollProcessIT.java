package id.blitar.kiosk.poll.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.base.ModelCoverage;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.poll.domain.Improvement;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.domain.PollAnswer;
import id.blitar.kiosk.poll.domain.ServiceUsed;
import id.blitar.kiosk.poll.domain.SkmElement;
import id.blitar.kiosk.poll.service.PollDetails;
import id.blitar.kiosk.poll.service.PollService;
import id.blitar.kiosk.poll.service.SatisfactionReport;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.visit.process.CheckInResult;
import id.blitar.kiosk.visit.process.VisitProcess;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of {@code bpmn/exit-poll.bpmn}, the misuse filter and the report, on the test database. */
class PollProcessIT extends DatabaseIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    PollProcess pollProcess;

    @Autowired
    PollService polls;

    @Autowired
    SatisfactionReport report;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    VisitService visits;

    @Autowired
    QuestionProcess questionProcess;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final ModelCoverage coverage = new ModelCoverage(PollProcess.KEY, "PollProcessIT");

    @BeforeEach
    void init() {
        coverage.use(engine);
    }

    @AfterAll
    static void shouldHaveWalkedEveryElementOfTheModel() {
        coverage.assertEveryElementWalked();
    }

    @Test
    void shouldCountOneTapAsACompleteAnswerAndEndWhenTheVisitorWalksOn() {
        long pollId = counted(pollProcess.tap(kiosk(), Mood.HAPPY));

        ProcessInstance instance = instanceOf(pollId);
        assertThat(instance).hasPassed(PollProcess.TASK_RECORD_MOOD).isWaitingAt(PollProcess.GATEWAY_WAIT_FOR_DETAILS);
        assertThat(polls.find(pollId).orElseThrow().getMood()).isEqualTo(Mood.HAPPY);
        assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
                .containsExactlyInAnyOrder("pollId", "kiosk", "mood");

        String timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId();
        engine.getManagementService().executeJob(timer);

        assertThat(instance)
                .hasPassed(PollProcess.EVENT_NO_DETAILS, PollProcess.END_MOOD_ONLY)
                .isEnded();
    }

    @Test
    void shouldNotCountARepeatedTapOnTheSameKioskButRecordThatItWasFiltered() {
        String kiosk = kiosk();
        LocalDate today = LocalDate.now(clock);
        long filteredBefore = report.figures(today, today).filteredTaps();

        long first = counted(pollProcess.tap(kiosk, Mood.VERY_HAPPY));
        TapResult second = pollProcess.tap(kiosk, Mood.VERY_HAPPY);
        TapResult third = pollProcess.tap(kiosk, Mood.VERY_UNHAPPY);
        TapResult elsewhere = pollProcess.tap(kiosk(), Mood.VERY_HAPPY);

        assertThat(second).isInstanceOf(TapResult.Filtered.class);
        assertThat(third).isInstanceOf(TapResult.Filtered.class);
        assertThat(elsewhere).as("another kiosk is not affected").isInstanceOf(TapResult.Counted.class);
        assertThat(jdbc.queryForObject("select count(*) from poll_answer where kiosk = ?", Long.class, kiosk))
                .isEqualTo(1);
        assertThat(report.figures(today, today).filteredTaps()).isEqualTo(filteredBefore + 2);
        instanceOf(first);
        instanceOf(counted(elsewhere));

        jdbc.update(
                "update poll_answer set answered_at = ? where id = ?",
                LocalDateTime.now(clock).minusSeconds(6),
                first);
        assertThat(pollProcess.tap(kiosk, Mood.HAPPY)).as("after the interval").isInstanceOf(TapResult.Counted.class);
    }

    @Test
    void shouldStoreDetailsWithoutFollowUpForAHappyVisitor() {
        long pollId = counted(pollProcess.tap(kiosk(), Mood.VERY_HAPPY));
        ProcessInstance instance = instanceOf(pollId);
        List<SkmElement> items = pollProcess.itemsFor(false);
        assertThat(items).hasSize(2);

        List<String> problems = pollProcess.giveDetails(
                pollId,
                new PollDetails(
                        Map.of(items.get(0), 4, items.get(1), 3),
                        null,
                        Set.of(Improvement.INTERNET),
                        "Wi-Fi kadang lambat, tapi petugas ramah"));

        assertThat(problems).isEmpty();
        assertThat(instance)
                .hasPassed(PollProcess.EVENT_DETAILS_GIVEN, PollProcess.END_POLL_COMPLETED)
                .isEnded();
        PollAnswer answer = polls.find(pollId).orElseThrow();
        assertThat(answer.isFollowUp()).isFalse();
        assertThat(answer.improvementSet()).containsExactly(Improvement.INTERNET);
        assertThat(jdbc.queryForObject("select count(*) from skm_answer where poll_id = ?", Long.class, pollId))
                .isEqualTo(2);
        assertThat(pollProcess.giveDetails(pollId, new PollDetails(null, null, null, "lagi")))
                .as("details are given once")
                .containsExactly("error.poll.gone");
    }

    @Test
    void shouldTurnAnUnhappyCommentIntoAManagersTaskWhoseActionAppearsOnTheKiosks() {
        long pollId = counted(pollProcess.tap(kiosk(), Mood.VERY_UNHAPPY));
        pollProcess.giveDetails(
                pollId, new PollDetails(Map.of(), null, Set.of(Improvement.FACILITIES), "Toilet lantai 2 rusak"));

        ProcessInstance instance = instanceOf(pollId);
        assertThat(instance).isWaitingAt(PollProcess.TASK_REVIEW_FEEDBACK);
        FollowUp followUp = pollProcess.openFollowUps().stream()
                .filter(f -> f.pollId() == pollId)
                .findFirst()
                .orElseThrow();
        assertThat(followUp.comment()).isEqualTo("Toilet lantai 2 rusak");
        assertThat(followUp.dueAt()).isAfter(LocalDateTime.now(clock).plusDays(2));
        assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.taskId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("managers"));

        assertThat(pollProcess.review(followUp.taskId(), "kepala", "Sudah diperbaiki", true, "", "Kami perbaiki"))
                .as("a published item says what visitors said")
                .containsExactly("error.text.empty");
        assertThat(instance).isWaitingAt(PollProcess.TASK_REVIEW_FEEDBACK);
        String youSaid = "Toilet lantai 2 rusak " + UUID.randomUUID().toString().substring(0, 4);
        pollProcess.review(
                followUp.taskId(),
                "kepala",
                "Tukang dipanggil, selesai Jumat",
                true,
                youSaid,
                "Toilet sudah diperbaiki");

        assertThat(instance)
                .hasPassed(PollProcess.TASK_PUBLISH_ACTION, PollProcess.END_ACTION_PUBLISHED)
                .isEnded();
        assertThat(pollProcess.publishedActions()).anySatisfy(a -> {
            assertThat(a.getYouSaid()).isEqualTo(youSaid);
            assertThat(a.getWeDid()).isEqualTo("Toilet sudah diperbaiki");
        });
        PollAnswer answer = polls.find(pollId).orElseThrow();
        assertThat(answer.getReviewedBy()).isEqualTo("kepala");
        assertThat(answer.getActionTaken()).isEqualTo("Tukang dipanggil, selesai Jumat");
    }

    @Test
    void shouldCloseAFollowUpThatIsNotShownOnTheKiosks() {
        long pollId = counted(pollProcess.tap(kiosk(), Mood.UNHAPPY));
        ProcessInstance instance = instanceOf(pollId);
        pollProcess.giveDetails(pollId, new PollDetails(null, null, null, "Antrean panjang"));
        FollowUp followUp = pollProcess.openFollowUps().stream()
                .filter(f -> f.pollId() == pollId)
                .findFirst()
                .orElseThrow();

        pollProcess.review(followUp.taskId(), "kepala", "Dibahas di rapat staf", false, null, null);

        assertThat(instance)
                .hasPassed(PollProcess.GATEWAY_PUBLISH, PollProcess.END_FEEDBACK_REVIEWED)
                .isEnded();
    }

    @Test
    void shouldCheckOutTheScannedCardAndAskAboutTheServiceUsed() {
        String card = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        members.register(
                card,
                "Dewi Lestari",
                "Mahasiswa",
                AgeGroup.ADULT,
                null,
                null,
                LocalDate.now(clock).plusYears(1));
        long visitId = ((CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk")).visitId();
        questionProcess.ask(new NewQuestion(Topic.OTHER, "Ada ruang diskusi?", card, Channel.PICK_UP, null, "Kios"));
        long pollId = counted(pollProcess.tap(kiosk(), Mood.HAPPY));

        CardResult result = pollProcess.linkCard(pollId, card, "Pintu keluar");

        assertThat(result).isEqualTo(new CardResult.Linked("Dewi", ServiceUsed.ASK_LIBRARIAN));
        assertThat(visits.findById(visitId).orElseThrow().getCheckedOutAt())
                .as("checked out")
                .isNotNull();
        assertThat(pollProcess.itemsFor(true)).hasSize(1);
        pollProcess.giveDetails(pollId, new PollDetails(Map.of(), 4, Set.of(), null));
        PollAnswer answer = polls.find(pollId).orElseThrow();
        assertThat(answer.getVisitId()).isEqualTo(visitId);
        assertThat(answer.getServiceUsed()).isEqualTo(ServiceUsed.ASK_LIBRARIAN);
        assertThat(answer.getServiceScore()).isEqualTo(4);
        assertThat(pollProcess.linkCard(pollId, "TIDAK-ADA", "x")).isEqualTo(new CardResult.UnknownCard());
        assertThat(pollProcess.linkCard(pollId, "<b>", "x")).isEqualTo(new CardResult.Rejected("error.card.format"));
        instanceOf(pollId);
    }

    @Test
    void shouldStoreNothingForBadDetailsOrABadTap() {
        long pollId = counted(pollProcess.tap(kiosk(), Mood.UNHAPPY));

        assertThat(pollProcess.giveDetails(pollId, new PollDetails(Map.of(SkmElement.BIAYA, 5), null, null, null)))
                .containsExactly("error.poll.score");
        assertThat(pollProcess.giveDetails(pollId, new PollDetails(null, 0, null, null)))
                .containsExactly("error.poll.score");
        assertThat(pollProcess.giveDetails(pollId, new PollDetails(null, null, null, "x".repeat(1001))))
                .containsExactly("error.text.tooLong");
        assertThat(jdbc.queryForObject("select count(*) from skm_answer where poll_id = ?", Long.class, pollId))
                .isZero();
        assertThat(polls.find(pollId).orElseThrow().getDetailsAt()).isNull();
        assertThat(instanceOf(pollId)).isWaitingAt(PollProcess.GATEWAY_WAIT_FOR_DETAILS);
        assertThat(pollProcess.tap(kiosk(), null)).isEqualTo(new TapResult.Rejected(List.of("error.poll.mood")));
        assertThat(pollProcess.tap("<script>", Mood.HAPPY))
                .isEqualTo(new TapResult.Rejected(List.of("error.input.characters")));
    }

    @Test
    void shouldReportTheHappyIndexPerKioskAndTheIkm() {
        String kiosk = kiosk();
        long a = counted(pollProcess.tap(kiosk, Mood.VERY_HAPPY));
        jdbc.update(
                "update poll_answer set answered_at = ? where id = ?",
                LocalDateTime.now(clock).minusSeconds(10),
                a);
        long b = counted(pollProcess.tap(kiosk, Mood.UNHAPPY));
        pollProcess.giveDetails(b, new PollDetails(Map.of(SkmElement.SARANA, 2), null, null, null));
        instanceOf(a);
        instanceOf(b);
        LocalDate today = LocalDate.now(clock);

        SatisfactionReport.Figures figures = report.figures(today, today);

        SatisfactionReport.HappyRow row = figures.byKiosk().stream()
                .filter(r -> r.key().equals(kiosk))
                .findFirst()
                .orElseThrow();
        assertThat(row.answers()).isEqualTo(2);
        assertThat(row.happyIndex()).isCloseTo((100.0 + 100.0 / 3) / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(figures.ikm()).isPresent();
        assertThat(figures.ikm().get().answersPerElement()).containsKey(SkmElement.SARANA);
        assertThat(report.csv(today, today)).contains(kiosk).contains("skm_sarana");
    }

    private static String kiosk() {
        return "Kios uji " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static long counted(TapResult result) {
        assertThat(result).isInstanceOf(TapResult.Counted.class);
        return ((TapResult.Counted) result).pollId();
    }

    private ProcessInstance instanceOf(long pollId) {
        String id = polls.find(pollId).orElseThrow().getProcessInstanceId();
        coverage.track(id);
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
    }
}
