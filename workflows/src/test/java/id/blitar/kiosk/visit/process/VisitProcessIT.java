package id.blitar.kiosk.visit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.base.ModelCoverage;
import id.blitar.kiosk.member.service.MemberService;
import id.blitar.kiosk.visit.domain.CloseReason;
import id.blitar.kiosk.visit.domain.Origin;
import id.blitar.kiosk.visit.domain.Visit;
import id.blitar.kiosk.visit.domain.VisitPurpose;
import id.blitar.kiosk.visit.domain.VisitorType;
import id.blitar.kiosk.visit.service.Arrival.GroupArrival;
import id.blitar.kiosk.visit.service.Arrival.GuestArrival;
import id.blitar.kiosk.visit.service.VisitService;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code bpmn/visit.bpmn}, on the real services and the MySQL-protocol test database. */
class VisitProcessIT extends DatabaseIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    VisitProcess visitProcess;

    @Autowired
    VisitService visits;

    @Autowired
    MemberService members;

    @Autowired
    id.blitar.kiosk.visit.domain.VisitRepository visitRepository;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The library's clock (Asia/Jakarta): "today" of the services, not of the JVM's zone. */
    @Autowired
    java.time.Clock clock;

    private static final ModelCoverage coverage = new ModelCoverage(VisitProcess.KEY, "VisitProcessIT");

    @BeforeEach
    void initAssertions() {
        coverage.use(engine);
    }

    /** The tests above together walk every element of the model: a new path needs a new test. */
    @AfterAll
    static void shouldHaveWalkedEveryElementOfTheModel() {
        coverage.assertEveryElementWalked();
    }

    @Test
    void shouldRecordMemberVisitAndCloseItAtCheckOut() {
        String card = newMember(LocalDate.now(clock).plusYears(1));

        var result = visitProcess.checkInMember(card.toLowerCase(), "Pintu masuk");

        assertThat(result).isInstanceOf(CheckInResult.Welcomed.class);
        var welcomed = (CheckInResult.Welcomed) result;
        assertThat(welcomed.callName()).isEqualTo("Siti");
        assertThat(welcomed.visitNumberThisYear()).isEqualTo(1);
        assertThat(welcomed.membershipExpired()).isFalse();
        ProcessInstance instance = instanceOf(welcomed.visitId());
        assertThat(instance)
                .hasPassed(VisitProcess.TASK_RECORD_VISIT, VisitProcess.END_MEMBERSHIP_VALID)
                .isWaitingAt(VisitProcess.GATEWAY_WAIT_FOR_DEPARTURE)
                .variables()
                .containsEntry(VisitProcess.Var.VISIT_ID, welcomed.visitId());
        assertThat(engine.getRuntimeService().getVariables(instance.getId()).values())
                .as("no name or card number in the process")
                .noneMatch(v ->
                        String.valueOf(v).contains("Siti") || String.valueOf(v).contains(card));

        var goodbye = visitProcess.checkOut(card, "Pintu keluar");

        assertThat(goodbye).isEqualTo(new CheckOutResult.Goodbye("Siti", 0));
        assertThat(instance)
                .hasPassed(VisitProcess.TASK_RECORD_CHECK_OUT, VisitProcess.END_VISITOR_LEFT)
                .isEnded();
        Visit visit = visits.findById(welcomed.visitId()).orElseThrow();
        assertThat(visit.getCloseReason()).isEqualTo(CloseReason.CHECK_OUT);
        assertThat(visit.getCheckedOutAt()).isNotNull();
        assertThat(visit.getDurationMinutes()).isZero();
    }

    @Test
    void shouldWelcomeExpiredMemberAndExtendTheCardWhenTheDeskRenewsIt() {
        String card = newMember(LocalDate.now(clock).minusDays(3));

        var welcomed = (CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk");

        assertThat(welcomed.membershipExpired()).isTrue();
        ProcessInstance instance = instanceOf(welcomed.visitId());
        assertThat(instance).isWaitingAt(VisitProcess.TASK_RENEW_MEMBERSHIP, VisitProcess.GATEWAY_WAIT_FOR_DEPARTURE);
        assertThat(task(VisitProcess.TASK_RENEW_MEMBERSHIP, instance))
                .hasCandidateGroup(VisitProcess.GROUP_MEMBERSHIP)
                .hasName("Perpanjang keanggotaan");
        assertThat(visitProcess.openRenewals(java.util.List.of(VisitProcess.GROUP_MEMBERSHIP)))
                .extracting(RenewalTask::cardNumber)
                .contains(card);

        visitProcess.completeRenewal(
                task(VisitProcess.TASK_RENEW_MEMBERSHIP, instance).getId(), RenewalOutcome.RENEWED);

        assertThat(instance)
                .hasPassed(VisitProcess.TASK_EXTEND_MEMBERSHIP, VisitProcess.END_MEMBERSHIP_RENEWED)
                .isWaitingAt(VisitProcess.GATEWAY_WAIT_FOR_DEPARTURE)
                .isNotEnded();
        assertThat(members.findByCard(card).orElseThrow().getExpiresOn())
                .isEqualTo(LocalDate.now(clock).plusYears(1));
        visitProcess.checkOut(card, "Pintu keluar");
        assertThat(instance).isEnded();
    }

    @Test
    void shouldLeaveTheCardAsItIsWhenTheMemberDeclinesTheRenewal() {
        LocalDate expired = LocalDate.now(clock).minusDays(3);
        String card = newMember(expired);
        var welcomed = (CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk");
        ProcessInstance instance = instanceOf(welcomed.visitId());

        complete(task(VisitProcess.TASK_RENEW_MEMBERSHIP, instance), withVariables("renewalOutcome", "declined"));

        assertThat(instance)
                .hasPassed(VisitProcess.END_RENEWAL_HANDLED)
                .hasNotPassed(VisitProcess.TASK_EXTEND_MEMBERSHIP);
        assertThat(members.findByCard(card).orElseThrow().getExpiresOn()).isEqualTo(expired);
    }

    @Test
    void shouldLetAnUnansweredRenewalLapseSoTheVisitCanEnd() {
        String card = newMember(LocalDate.now(clock).minusDays(3));
        var welcomed = (CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk");
        ProcessInstance instance = instanceOf(welcomed.visitId());
        visitProcess.checkOut(card, "Pintu keluar");
        assertThat(instance).isNotEnded().isWaitingAt(VisitProcess.TASK_RENEW_MEMBERSHIP);

        execute(job(VisitProcess.EVENT_RENEWAL_UNANSWERED, instance));

        assertThat(instance).hasPassed(VisitProcess.END_RENEWAL_UNANSWERED).isEnded();
    }

    @Test
    void shouldCloseAGuestVisitAtClosingTime() {
        var result = visitProcess.checkInGuest(new GuestArrival(
                AgeGroup.ELDERLY, VisitPurpose.READING, Origin.REGENCY, "Paguyuban Lansia Sanankulon", true, "Pintu"));

        var welcomed = (CheckInResult.Welcomed) result;
        assertThat(welcomed.callName()).isNull();
        ProcessInstance instance = instanceOf(welcomed.visitId());
        assertThat(instance)
                .isWaitingAt(VisitProcess.GATEWAY_WAIT_FOR_DEPARTURE)
                .hasPassed(VisitProcess.END_MEMBERSHIP_VALID);

        execute(job(VisitProcess.EVENT_CLOSING_TIME, instance));

        assertThat(instance)
                .hasPassed(VisitProcess.TASK_CLOSE_AT_CLOSING_TIME, VisitProcess.END_CLOSED_AT_CLOSING_TIME)
                .isEnded();
        Visit visit = visits.findById(welcomed.visitId()).orElseThrow();
        assertThat(visit.getVisitorType()).isEqualTo(VisitorType.GUEST);
        assertThat(visit.getCloseReason()).isEqualTo(CloseReason.CLOSING_TIME);
        assertThat(visit.getAgeGroup()).isEqualTo(AgeGroup.ELDERLY);
        assertThat(visit.getInstitution()).isEqualTo("Paguyuban Lansia Sanankulon");
        assertThat(visit.getConsentGivenAt()).isNotNull();
    }

    @Test
    void shouldCarryAGroupsHeadCountsInOneVisit() {
        var result = visitProcess.checkInGroup(
                new GroupArrival("SDN Sananwetan 3", Origin.CITY, 28, 0, 2, 0, true, "Pintu"));

        Visit visit =
                visits.findById(((CheckInResult.Welcomed) result).visitId()).orElseThrow();
        assertThat(visit.getVisitorType()).isEqualTo(VisitorType.GROUP);
        assertThat(visit.getHeadCount()).isEqualTo(30);
        assertThat(visit.getCountChildren()).isEqualTo(28);
        assertThat(visit.getCountAdults()).isEqualTo(2);
        assertThat(instanceOf(visit.getId())).isWaitingAt(VisitProcess.GATEWAY_WAIT_FOR_DEPARTURE);
    }

    @Test
    void shouldCountRepeatScanOnce() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        var first = (CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk");

        var second = visitProcess.checkInMember(card, "Pintu masuk");

        assertThat(second).isEqualTo(new CheckInResult.WelcomeBack("Siti", 1));
        long instances = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(VisitProcess.KEY)
                .variableValueEquals(
                        VisitProcess.Var.MEMBER_ID,
                        members.findByCard(card).orElseThrow().getId())
                .count();
        assertThat(instances).isEqualTo(1);
        assertThat(visits.findById(first.visitId())).isPresent();
    }

    @Test
    void shouldStoreNothingForAnUnknownCardOrBadInput() {
        long before =
                engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        assertThat(visitProcess.checkInMember(
                        "NO-SUCH-CARD-" + UUID.randomUUID().toString().substring(0, 8), "Pintu"))
                .isInstanceOf(CheckInResult.UnknownCard.class);
        assertThat(visitProcess.checkInMember("", "Pintu"))
                .isEqualTo(new CheckInResult.Rejected(java.util.List.of("error.input.empty"), ""));
        assertThat(visitProcess.checkInMember("x".repeat(65), "Pintu"))
                .isEqualTo(new CheckInResult.Rejected(
                        java.util.List.of("error.input.tooLong"),
                        "xxxx\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022xx"));
        assertThat(visitProcess.checkInMember("1' OR '1'='1", "Pintu"))
                .isEqualTo(new CheckInResult.Rejected(
                        java.util.List.of("error.card.format"), "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022'1"));
        assertThat(visitProcess.checkInGuest(
                        new GuestArrival(AgeGroup.ADULT, VisitPurpose.READING, Origin.CITY, null, false, "Pintu")))
                .isEqualTo(new CheckInResult.Rejected(java.util.List.of("error.consent.required")));
        assertThat(visitProcess.checkInGuest(new GuestArrival(
                        AgeGroup.ADULT, VisitPurpose.READING, Origin.CITY, "<script>alert(1)</script>", true, "Pintu")))
                .isEqualTo(new CheckInResult.Rejected(java.util.List.of("error.input.characters")));
        // What was read is told back masked, so a misread can be told from an unknown card.
        assertThat(visitProcess.checkOut("NO-SUCH-CARD", "Pintu keluar"))
                .isEqualTo(new CheckOutResult.UnknownCard("NO-S\u2022\u2022\u2022\u2022\u2022\u2022RD"));

        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .count())
                .isEqualTo(before);
    }

    @Test
    void shouldNotStartASecondVisitWhileTheFirstIsStillOpenAfterTheWindow() {
        String card = newMember(LocalDate.now(clock).plusYears(1));
        var first = (CheckInResult.Welcomed) visitProcess.checkInMember(card, "Pintu masuk");
        // The member came in earlier today, well outside the 30-minute window, and never left. (Just after
        // midnight "earlier today" can only be midnight itself: the test then runs inside the window.)
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        java.time.LocalDateTime cameIn = java.util.Collections.max(
                java.util.List.of(now.minusMinutes(45), now.toLocalDate().atStartOfDay()));
        jdbc.update("UPDATE visit SET checked_in_at = ? WHERE id = ?", cameIn, first.visitId());
        long minutes = java.time.Duration.between(cameIn, now).toMinutes();

        assertThat(visitProcess.checkInMember(card, "Pintu masuk")).isInstanceOf(CheckInResult.WelcomeBack.class);
        var goodbye = (CheckOutResult.Goodbye) visitProcess.checkOut(card, "Pintu keluar");
        assertThat(goodbye.durationMinutes()).isBetween((int) minutes - 1, (int) minutes + 1);
        assertThat(visitProcess.checkInMember(card, "Pintu masuk"))
                .as("checked out, back: a new visit after the 30-minute window, welcome back within it")
                .isInstanceOf(minutes > 30 ? CheckInResult.Welcomed.class : CheckInResult.WelcomeBack.class);
    }

    @Test
    void shouldTellAMemberWhoNeverCheckedInAtTheExit() {
        String card = newMember(LocalDate.now(clock).plusYears(1));

        assertThat(visitProcess.checkOut(card, "Pintu keluar")).isEqualTo(new CheckOutResult.NotCheckedIn("Siti"));
    }

    private ProcessInstance instanceOf(long visitId) {
        String id = visits.findById(visitId).orElseThrow().getProcessInstanceId();
        coverage.track(id);
        ProcessInstance running = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
        if (running != null) {
            return running;
        }
        throw new AssertionError("Process instance " + id + " of visit " + visitId + " is not running");
    }

    private String newMember(LocalDate expiresOn) {
        String card = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        members.register(card, "Siti Aminah Rahayu", "Umum", AgeGroup.ADULT, null, null, expiresOn);
        return card;
    }
}
