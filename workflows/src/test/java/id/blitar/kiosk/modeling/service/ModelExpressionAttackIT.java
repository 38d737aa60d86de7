package id.blitar.kiosk.modeling.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.modeling.service.ModelProblem.Code;
import id.blitar.kiosk.modeling.service.ModelService.Outcome;
import id.blitar.kiosk.modeling.service.ModelService.Refused;
import id.blitar.kiosk.poll.process.PollProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The expression attack of the security review and its relatives, against the real engine on the
 * MySQL-protocol database: each is refused by the models page's check (with its line) and by the engine
 * itself when deployed around the page (Java API — the engine REST API and Cockpit end there too), and the
 * file the attack would create never appears.
 */
class ModelExpressionAttackIT extends DatabaseIT {

    private static final String POLL = PollProcess.KEY;
    private static final String DELEGATE = "camunda:delegateExpression=\"${recordMoodDelegate}\"";
    private static final String CONDITION =
            "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${followUp}</bpmn:conditionExpression>";

    @Autowired
    ModelService models;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    FilterService filters;

    @Autowired
    TaskService tasks;

    private final Path proof = Path.of(System.getProperty("java.io.tmpdir"), "kiosk-proof-" + UUID.randomUUID());

    @AfterEach
    void noProof() throws IOException {
        assertThat(proof).as("the attack ran code on the server").doesNotExist();
        Files.deleteIfExists(proof);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "runtime exec in a service task | EXPRESSION | ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch PROOF')}",
                "class property | EXPRESSION | ${''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch PROOF')}",
                "bracket property | EXPRESSION | ${''['class'].forName('java.lang.ProcessBuilder')}",
                "deferred | EXPRESSION | #{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch PROOF')}",
                "getClass on a bean | EXPRESSION | ${recordMoodDelegate.getClass().getClassLoader().loadClass('java.lang.Runtime')}",
                "engine object | EXPRESSION | ${execution.getProcessEngineServices().getRepositoryService()}",
                "T() style | EXPRESSION | ${T(java.lang.Runtime).getRuntime().exec('touch PROOF')}",
                "split by entities | EXPRESSION | $&#123;''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch PROOF')}",
                "in a condition | CONDITION | ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch PROOF') != null}",
                "nested in text | CONDITION | ok ${followUp} ${'#{x}'.getClass()}",
                "script condition | SCRIPT | java.lang.Runtime.getRuntime().exec('touch PROOF')",
                "foreign class | CLASS | java.lang.ProcessBuilder",
            })
    void shouldRefuseTheAttackOnTheModelsPageAndInTheEngine(String name, String where, String attack)
            throws IOException {
        String xml = attacked(where, attack.replace("PROOF", proof.toString()));
        long versions = versions();

        Outcome outcome = models.deploy(POLL, "exit-poll.bpmn", xml.getBytes(StandardCharsets.UTF_8), "kepala", true);

        assertThat(outcome).as(name).isInstanceOf(Refused.class);
        Code expected = switch (where) {
            case "SCRIPT" -> Code.SCRIPT_REFUSED;
            case "CLASS" -> Code.CLASS_REFUSED;
            default -> Code.EXPRESSION_REFUSED;
        };
        int line = where.equals("EXPRESSION") || where.equals("CLASS") ? 21 : 94;
        assertThat(((Refused) outcome).problems()).as(name).anyMatch(p -> p.code() == expected && p.line() == line);

        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .name("around the models page")
                        .addString("exit-poll.bpmn", xml)
                        .deploy())
                .as(name)
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("refused");
        assertThat(versions()).as("nothing deployed").isEqualTo(versions);
    }

    @Test
    void shouldRefuseADecisionTableInJuelOrWithAJavaFunction() throws IOException {
        String shipped = new String(resource("/dmn/question-routing.dmn"), StandardCharsets.UTF_8);
        String juel = shipped.replace(
                "<inputExpression id=\"InputExpression_Topic\" typeRef=\"string\"><text>topic</text>",
                "<inputExpression id=\"InputExpression_Topic\" typeRef=\"string\" expressionLanguage=\"juel\"><text>${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                        + proof + "')}</text>");
        String external = shipped.replace(
                "<inputExpression id=\"InputExpression_Topic\" typeRef=\"string\"><text>topic</text>",
                "<inputExpression id=\"InputExpression_Topic\" typeRef=\"string\"><text>{f: function(p, s) external {java: {class: \"java.io.File\", method signature: \"createTempFile(java.lang.String, java.lang.String)\"}}, r: f(\"kiosk-proof-\", \"x\")}.r</text>");
        for (String dmn : new String[] {juel, external}) {
            assertThat(dmn).isNotEqualTo(shipped);
            long versions = repository
                    .createDecisionDefinitionQuery()
                    .decisionDefinitionKey("question-routing")
                    .count();
            Outcome outcome = models.deploy(
                    "question-routing", "question-routing.dmn", dmn.getBytes(StandardCharsets.UTF_8), "kepala", true);
            assertThat(outcome).isInstanceOf(Refused.class);
            assertThat(((Refused) outcome).problems())
                    .extracting(ModelProblem::code)
                    .contains(Code.LANGUAGE_REFUSED);
            assertThatThrownBy(() -> repository
                            .createDeployment()
                            .addString("question-routing.dmn", dmn)
                            .deploy())
                    .isInstanceOf(ProcessEngineException.class);
            assertThat(repository
                            .createDecisionDefinitionQuery()
                            .decisionDefinitionKey("question-routing")
                            .count())
                    .isEqualTo(versions);
        }
    }

    /** A Tasklist filter is stored by a manager and evaluated by the engine: the same policy holds. */
    @Test
    void shouldRefuseTheAttackInAStoredTasklistFilter() {
        Filter filter = filters.newTaskFilter("attack")
                .setQuery(tasks.createTaskQuery()
                        .taskAssigneeExpression("${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
                                + ".invoke(null).exec('touch " + proof + "')}"));
        filters.saveFilter(filter);
        try {
            // The engine wraps the refusal in "Unable to resolve expression"; the file check after the test
            // shows that nothing ran.
            assertThatThrownBy(() -> filters.list(filter.getId()))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Unable to resolve expression");
            Filter mine = filters.newTaskFilter("mine")
                    .setQuery(tasks.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(1).toDate()}"));
            filters.saveFilter(mine);
            assertThat(filters.list(mine.getId())).isNotNull();
            filters.deleteFilter(mine.getId());
        } finally {
            filters.deleteFilter(filter.getId());
        }
    }

    /**
     * The second line of defence: an expression of an allowed shape that names a variable instead of a
     * bean deploys, but calling a method on a plain Java object is refused when it is evaluated.
     */
    @Test
    void shouldRefuseAMethodOnAnObjectThatIsNotTheApplicationsWhenEvaluated() {
        String key = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://test">
                  <bpmn:process id="KEY" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_1"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Call"/>
                    <bpmn:serviceTask id="Task_Call" camunda:expression="${text.concat('!')}"
                        camunda:resultVariable="result"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Call" targetRef="EndEvent_1"/>
                    <bpmn:endEvent id="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.replace("KEY", key);
        Deployment deployment =
                repository.createDeployment().addString(key + ".bpmn", xml).deploy();
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(key, Map.of("text", "abc")))
                    .hasMessageContaining("refused");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private String attacked(String where, String attack) throws IOException {
        String shipped = new String(resource("/bpmn/exit-poll.bpmn"), StandardCharsets.UTF_8);
        String escaped = attack.replace("&#123;", "\u0000")
                .replace("&", "&amp;")
                .replace("\u0000", "&#123;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;");
        String result = switch (where) {
            case "EXPRESSION" -> shipped.replace(DELEGATE, "camunda:expression=\"" + escaped + "\"");
            case "CLASS" -> shipped.replace(DELEGATE, "camunda:class=\"" + escaped + "\"");
            case "CONDITION" ->
                shipped.replace(
                        CONDITION,
                        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + escaped
                                + "</bpmn:conditionExpression>");
            case "SCRIPT" ->
                shipped.replace(
                        CONDITION,
                        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">"
                                + escaped + "</bpmn:conditionExpression>");
            default -> throw new IllegalArgumentException(where);
        };
        assertThat(result).isNotEqualTo(shipped);
        return result;
    }

    private long versions() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(POLL)
                .count();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ModelExpressionAttackIT.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
