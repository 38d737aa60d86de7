package id.blitar.kiosk.modeling.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.modeling.domain.ModelChange;
import id.blitar.kiosk.modeling.service.ModelProblem.Code;
import id.blitar.kiosk.modeling.service.ModelService.ActivityCount;
import id.blitar.kiosk.modeling.service.ModelService.Deployed;
import id.blitar.kiosk.modeling.service.ModelService.Model;
import id.blitar.kiosk.modeling.service.ModelService.NotMigrated;
import id.blitar.kiosk.modeling.service.ModelService.Outcome;
import id.blitar.kiosk.modeling.service.ModelService.Refused;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.process.TapResult;
import id.blitar.kiosk.poll.service.PollDetails;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The models page's engine side on the MySQL-protocol database: every malformed file is refused with
 * its reason and line and deploys nothing; a good file becomes the newest version, running instances
 * move to it where Camunda can move them, and a rollback makes the previous version the newest again.
 * Every test leaves the shipped models as the newest versions, as the other process tests expect.
 */
class ModelServiceIT extends DatabaseIT {

    private static final String POLL = PollProcess.KEY;

    @Autowired
    ModelService models;

    @Autowired
    PollProcess polls;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    private final List<String> started = new ArrayList<>();

    /** The staff groups the server creates at start-up; this module's context has no staff accounts. */
    @BeforeEach
    void staffGroups() {
        for (String group : List.of("managers", "reference", "children", "membership", "digital-literacy")) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                Group created = identity.newGroup(group);
                created.setName(group);
                identity.saveGroup(created);
            }
        }
    }

    @AfterEach
    void restoreShippedModels() {
        for (String key : List.of(POLL, "question-routing")) {
            if (!models.isShipped(key)) {
                models.restoreShipped(key, "test", false);
            }
        }
        for (String id : started) {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "test finished");
            }
        }
    }

    @Test
    void shouldListEveryShippedModelWithItsVersionsAndRunningInstances() {
        long runningBefore = latest(POLL).running();

        waitingForDetails();

        List<Model> catalogue = models.catalogue();
        assertThat(catalogue)
                .extracting(Model::key)
                .contains("visit", "ask-librarian", POLL, "workshop-registration", "question-routing");
        assertThat(catalogue)
                .filteredOn(m -> m.key().equals("question-routing"))
                .extracting(Model::kind)
                .containsExactly(ModelKind.DECISION);
        assertThat(latest(POLL).running()).isEqualTo(runningBefore + 1);
        assertThat(models.xml(latest(POLL).definitionId())).get().asString().contains("id=\"Task_RecordMood\"");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
        "xxe.bpmn, exit-poll, DOCTYPE, 2",
        "billion-laughs.bpmn, exit-poll, DOCTYPE, 2",
        "unknown-delegate.bpmn, exit-poll, UNKNOWN_BEAN, 21",
        "wrong-bean-type.bpmn, exit-poll, WRONG_BEAN_TYPE, 21",
        "unknown-group.bpmn, exit-poll, UNKNOWN_GROUP, 61",
        "changed-key.bpmn, exit-poll, UNKNOWN_KEY, 14",
        "changed-key.dmn, question-routing, UNKNOWN_KEY, 9",
        "no-history-time-to-live.bpmn, exit-poll, NO_HISTORY_TIME_TO_LIVE, 14",
        "not-xml.bpmn, exit-poll, NOT_XML, 1",
        "broken-flow.bpmn, exit-poll, ENGINE, -1",
    })
    void shouldRefuseAMalformedFileWithItsReasonAndLineAndDeployNothing(String file, String key, Code code, int line)
            throws IOException {
        long versions = versions(key);

        Outcome outcome = models.deploy(key, file, resource(file), "kepala", true);

        assertThat(outcome).isInstanceOf(Refused.class);
        List<ModelProblem> problems = ((Refused) outcome).problems();
        assertThat(problems).extracting(ModelProblem::code).contains(code);
        if (line >= 0) {
            assertThat(problems)
                    .filteredOn(p -> p.code() == code)
                    .extracting(ModelProblem::line)
                    .contains(line);
        }
        assertThat(problems)
                .as("nothing of the file leaks into the reasons")
                .noneMatch(p -> p.detail().contains("root:"));
        assertThat(versions(key)).as("nothing deployed").isEqualTo(versions);
    }

    @Test
    void shouldRefuseAFileForAnotherDefinitionAnEmptyFileAndATwoMegabyteFile() throws IOException {
        long versions = versions(POLL);
        byte[] shippedPoll = resource("/bpmn/exit-poll.bpmn");
        String padded = new String(shippedPoll, StandardCharsets.UTF_8)
                .replace("</bpmn:definitions>", "<!--" + "x".repeat(2 * 1024 * 1024) + "-->\n</bpmn:definitions>");

        assertThat(problems(models.deploy(POLL, "big.bpmn", padded.getBytes(StandardCharsets.UTF_8), "kepala", true)))
                .extracting(ModelProblem::code)
                .containsExactly(Code.TOO_LARGE);
        assertThat(problems(models.deploy(POLL, "empty.bpmn", new byte[0], "kepala", true)))
                .extracting(ModelProblem::code)
                .containsExactly(Code.EMPTY);
        assertThat(problems(models.deploy(POLL, "visit.bpmn", resource("/bpmn/visit.bpmn"), "kepala", true)))
                .extracting(ModelProblem::code)
                .containsExactly(Code.OTHER_KEY);
        assertThat(versions(POLL)).isEqualTo(versions);
    }

    @Test
    void shouldDeployACheckedFileAsTheNewestVersionAndMoveRunningInstancesToIt() throws IOException {
        ProcessInstance waiting = waitingForDetails();
        ProcessInstance reviewing = waitingForReview();
        Model before = models.model(POLL).orElseThrow();

        Outcome outcome = models.deploy(POLL, "renamed-task.bpmn", resource("renamed-task.bpmn"), "kepala", true);

        assertThat(outcome).isInstanceOf(Deployed.class);
        Deployed deployed = (Deployed) outcome;
        assertThat(deployed.version().version()).isEqualTo(before.latest().version() + 1);
        assertThat(deployed.replacedVersion()).isEqualTo(before.latest().version());
        assertThat(deployed.migration().notMigrated()).isEmpty();
        assertThat(deployed.migration().migrated())
                .isEqualTo((int) before.latest().running());
        assertThat(definitionOf(waiting)).isEqualTo(deployed.version().definitionId());
        assertThat(definitionOf(reviewing)).isEqualTo(deployed.version().definitionId());
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(reviewing.getId())
                        .singleResult()
                        .getName())
                .as("the migrated task keeps its name; new tasks get the new one")
                .isEqualTo("Tinjau masukan");
        ProcessInstance next = waitingForReview();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(next.getId())
                        .singleResult()
                        .getName())
                .isEqualTo("Tinjau masukan pengunjung");

        ModelChange change = models.recentChanges().get(0);
        assertThat(change.getDefinitionKey()).isEqualTo(POLL);
        assertThat(change.getChangedBy()).isEqualTo("kepala");
        assertThat(change.getAction()).isEqualTo(ModelChange.Action.DEPLOY);
        assertThat(change.getMigrated()).isEqualTo(deployed.migration().migrated());
        assertThat(latest(POLL).deployedBy()).isEqualTo("kepala");
    }

    @Test
    void shouldReportInstancesThatCannotMoveAndRollBackToThePreviousVersion() throws IOException {
        ProcessInstance waiting = waitingForDetails();
        ProcessInstance reviewing = waitingForReview();
        String shippedVersion = latest(POLL).definitionId();

        Deployed removed =
                deployed(models.deploy(POLL, "removed-task.bpmn", resource("removed-task.bpmn"), "kepala", true));

        assertThat(definitionOf(waiting)).isEqualTo(removed.version().definitionId());
        assertThat(definitionOf(reviewing))
                .as("its task is gone in the new version")
                .isEqualTo(shippedVersion);
        assertThat(removed.migration().notMigrated())
                .extracting(NotMigrated::processInstanceId)
                .contains(reviewing.getId())
                .doesNotContain(waiting.getId());
        assertThat(removed.migration().notMigrated())
                .filteredOn(n -> n.processInstanceId().equals(reviewing.getId()))
                .flatExtracting(NotMigrated::reasons)
                .anyMatch(reason -> reason.contains("Task_ReviewFeedback"));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(reviewing.getId())
                        .count())
                .as("an instance that cannot move keeps running on its version")
                .isOne();

        Deployed rolledBack = deployed(models.rollback(POLL, "kepala", true));

        assertThat(rolledBack.version().version()).isEqualTo(removed.version().version() + 1);
        assertThat(models.isShipped(POLL))
                .as("the version before was the shipped one")
                .isTrue();
        assertThat(definitionOf(waiting)).isEqualTo(rolledBack.version().definitionId());
        assertThat(models.recentChanges().get(0).getAction()).isEqualTo(ModelChange.Action.ROLLBACK);
        assertThat(models.recentChanges().get(0).getReplacedVersion())
                .isEqualTo(removed.version().version());
    }

    @Test
    void shouldRefuseToRollBackToAVersionNamingAGroupThatNoLongerExists() throws IOException {
        Group temporary = identity.newGroup("tamu-uji");
        identity.saveGroup(temporary);
        byte[] withTemporaryGroup = new String(resource("/bpmn/exit-poll.bpmn"), StandardCharsets.UTF_8)
                .replace("camunda:candidateGroups=\"managers\"", "camunda:candidateGroups=\"tamu-uji\"")
                .getBytes(StandardCharsets.UTF_8);
        deployed(models.deploy(POLL, "tamu.bpmn", withTemporaryGroup, "kepala", false));
        deployed(models.restoreShipped(POLL, "kepala", false));
        identity.deleteGroup("tamu-uji");
        long versions = versions(POLL);

        Outcome outcome = models.rollback(POLL, "kepala", true);

        assertThat(problems(outcome)).extracting(ModelProblem::code).containsExactly(Code.UNKNOWN_GROUP);
        assertThat(versions(POLL)).as("nothing deployed").isEqualTo(versions);
    }

    @Test
    void shouldMoveInstancesLeftOnAnOlderVersionLaterAndLogIt() throws IOException {
        ProcessInstance waiting = waitingForDetails();
        ModelService.Version old = latest(POLL);
        Deployed renamed =
                deployed(models.deploy(POLL, "renamed-task.bpmn", resource("renamed-task.bpmn"), "kepala", false));
        assertThat(definitionOf(waiting)).as("not moved when not asked").isEqualTo(old.definitionId());

        ModelService.Migration moved = models.moveInstances(POLL, old, renamed.version(), "kepala");

        assertThat(moved.migrated()).isPositive();
        assertThat(definitionOf(waiting)).isEqualTo(renamed.version().definitionId());
        ModelChange change = models.recentChanges().get(0);
        assertThat(change.getAction()).isEqualTo(ModelChange.Action.MIGRATE);
        assertThat(change.getReplacedVersion()).isEqualTo(old.version());
        assertThat(change.getVersion()).isEqualTo(renamed.version().version());
        assertThat(change.getMigrated()).isEqualTo(moved.migrated());
    }

    @Test
    void shouldCountRunningInstancesPerActivity() {
        waitingForDetails();
        waitingForReview();

        List<ActivityCount> counts = models.activityCounts(latest(POLL).definitionId());

        assertThat(counts)
                .filteredOn(c -> c.activityId().equals("Gateway_WaitForDetails"))
                .singleElement()
                .satisfies(c -> assertThat(c.active()).isPositive());
        assertThat(counts)
                .filteredOn(c -> c.activityId().equals("Task_ReviewFeedback"))
                .singleElement()
                .satisfies(c -> assertThat(c.active()).isPositive());
    }

    @Test
    void shouldDeployAnEditedDecisionTableAndReturnToTheShippedOne() throws IOException {
        byte[] edited = new String(resource("/dmn/question-routing.dmn"), StandardCharsets.UTF_8)
                .replace("Rute pertanyaan pengunjung", "Rute pertanyaan pengunjung (uji)")
                .getBytes(StandardCharsets.UTF_8);
        int before = latest("question-routing").version();

        Deployed deployed = deployed(models.deploy("question-routing", "rute.dmn", edited, "kepala", true));

        assertThat(deployed.version().version()).isEqualTo(before + 1);
        assertThat(models.isShipped("question-routing")).isFalse();
        Deployed shipped = deployed(models.restoreShipped("question-routing", "kepala", true));
        assertThat(shipped.version().version()).isEqualTo(before + 2);
        assertThat(models.isShipped("question-routing")).isTrue();
    }

    @Test
    void shouldOfferTheGroupsDelegatesAndDecisionsAModelMayName() {
        assertThat(models.groups()).contains("managers", "reference", "children", "membership");
        assertThat(models.delegates()).contains("recordMoodDelegate", "recordVisitDelegate");
        assertThat(models.decisionKeys()).containsExactly("question-routing");
    }

    private ProcessInstance waitingForDetails() {
        long pollId = tap(Mood.HAPPY);
        return instanceOf(pollId);
    }

    private ProcessInstance waitingForReview() {
        long pollId = tap(Mood.VERY_UNHAPPY);
        assertThat(polls.giveDetails(pollId, new PollDetails(Map.of(), null, Set.of(), "Toiletnya kotor sekali")))
                .isEmpty();
        return instanceOf(pollId);
    }

    private long tap(Mood mood) {
        TapResult result = polls.tap("Kios uji model " + UUID.randomUUID(), mood);
        assertThat(result).isInstanceOf(TapResult.Counted.class);
        return ((TapResult.Counted) result).pollId();
    }

    private ProcessInstance instanceOf(long pollId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(POLL)
                .variableValueEquals(PollProcess.Var.POLL_ID, pollId)
                .singleResult();
        started.add(instance.getId());
        return instance;
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getProcessDefinitionId();
    }

    private ModelService.Version latest(String key) {
        return models.model(key).orElseThrow().latest();
    }

    private long versions(String key) {
        return repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count()
                + repository
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey(key)
                        .count();
    }

    private static Deployed deployed(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Deployed.class);
        return (Deployed) outcome;
    }

    private static List<ModelProblem> problems(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).problems();
    }

    private static byte[] resource(String name) throws IOException {
        String path = name.startsWith("/") ? name : "/models/" + name + ".txt";
        try (InputStream in = ModelServiceIT.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
