package id.blitar.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * What a process test class walked: it remembers the instances the tests started and checks, after
 * all of them, that together they passed every flow node of the latest model — a new path in a
 * model needs a new test.
 *
 * <p>The one coverage mechanism of the project. The camunda-process-test-coverage extension was used beside it
 * for its HTML report and was dropped: its check pools every model a test class touches (a data-request test
 * also starts visits, questions and registrations) and counts sequence flows, so it cannot say "this class
 * walked every element of this one model" in the one Spring context all process tests share.
 */
public final class ModelCoverage {

    private final String processKey;
    private final String testName;
    private final Set<String> instances = ConcurrentHashMap.newKeySet();
    private ProcessEngine engine;

    public ModelCoverage(String processKey, String testName) {
        this.processKey = processKey;
        this.testName = testName;
    }

    /** Call before each test: camunda-bpm-assert and the final check use this engine. */
    public void use(ProcessEngine engine) {
        this.engine = engine;
        AbstractAssertions.init(engine);
    }

    /** Counts the instance's history towards the coverage; returns its id. */
    public String track(String processInstanceId) {
        instances.add(processInstanceId);
        return processInstanceId;
    }

    /** Call once after all tests of the class. */
    public void assertEveryElementWalked() {
        var definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
        Set<String> elements = engine
                .getRepositoryService()
                .getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class)
                .stream()
                .map(FlowNode::getId)
                .collect(Collectors.toSet());
        Set<String> walked = engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processDefinitionId(definition.getId())
                .list()
                .stream()
                .filter(a -> instances.contains(a.getProcessInstanceId()))
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        assertThat(walked)
                .as("elements of the %s model walked by %s", processKey, testName)
                .containsAll(elements);
    }
}
