package id.blitar.kiosk.modeling.service;

import id.blitar.kiosk.modeling.service.ModelProblem.Code;
import id.blitar.kiosk.modeling.service.ModelScan.Definition;
import id.blitar.kiosk.modeling.service.ModelScan.Reference;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a model file before anything is deployed: size, XML without DOCTYPE, a key the application
 * knows, executable with a history time to live, every bean, class, group, user and decision it names,
 * and finally the engine's own parser (without deploying). An empty list means it can be deployed.
 */
@Component
public class ModelValidator {

    /** Camunda Modeler's files are a few dozen KB; anything near a megabyte is not a model we wrote. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final Pattern ROOT_IDENTIFIER = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> ENGINE_NAMES =
            Set.of("execution", "task", "authenticatedUserId", "true", "false", "null", "empty", "not");

    private final ShippedModels shipped;
    private final ListableBeanFactory beans;
    private final IdentityService identity;
    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engine;

    ModelValidator(
            ShippedModels shipped,
            ListableBeanFactory beans,
            IdentityService identity,
            RepositoryService repository,
            ProcessEngineConfigurationImpl engine) {
        this.shipped = shipped;
        this.beans = beans;
        this.identity = identity;
        this.repository = repository;
        this.engine = engine;
    }

    /** What a checked file is and what is wrong with it. */
    public record Checked(ModelKind kind, List<String> keys, List<ModelProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks {@code content}; {@code expectedKey}, when given, is the definition being edited, and the
     * file must define it (a renamed key would leave the running process without its model).
     */
    public Checked check(String expectedKey, byte[] content) {
        List<ModelProblem> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            problems.add(ModelProblem.of(Code.EMPTY, ""));
            return new Checked(null, List.of(), problems);
        }
        if (content.length > MAX_BYTES) {
            problems.add(ModelProblem.of(Code.TOO_LARGE, String.valueOf((content.length + 1023) / 1024)));
            return new Checked(null, List.of(), problems);
        }
        ModelScan scan = ModelScan.of(content);
        if (!scan.problems().isEmpty()) {
            return new Checked(scan.kind(), scan.keys(), scan.problems());
        }
        ModelKind kind = scan.kind();
        if (scan.definitions().isEmpty()) {
            problems.add(ModelProblem.of(Code.NO_DEFINITION, ""));
        }
        for (Definition definition : scan.definitions()) {
            if (!shipped.knows(definition.key(), kind)) {
                problems.add(new ModelProblem(Code.UNKNOWN_KEY, String.valueOf(definition.key()), definition.line()));
            }
            if (!definition.executable()) {
                problems.add(new ModelProblem(Code.NOT_EXECUTABLE, definition.key(), definition.line()));
            }
            if (!definition.historyTimeToLive()) {
                problems.add(new ModelProblem(Code.NO_HISTORY_TIME_TO_LIVE, definition.key(), definition.line()));
            }
        }
        if (expectedKey != null && !scan.keys().contains(expectedKey)) {
            problems.add(ModelProblem.of(Code.OTHER_KEY, expectedKey));
        }
        problems.addAll(ModelGuard.problems(scan));
        for (Reference reference : scan.references()) {
            checkReference(reference, problems);
        }
        if (problems.isEmpty()) {
            problems.addAll(parseWithEngine(kind, content));
        }
        return new Checked(kind, scan.keys(), problems);
    }

    private void checkReference(Reference reference, List<ModelProblem> problems) {
        String value = reference.value();
        String where = reference.elementId() == null ? "" : reference.elementId();
        switch (reference.target()) {
            case DELEGATE, EXECUTION_LISTENER, TASK_LISTENER -> {
                String bean = rootIdentifier(value);
                if (bean == null || !beans.containsBean(bean)) {
                    problems.add(new ModelProblem(Code.UNKNOWN_BEAN, value + " (" + where + ")", reference.line()));
                } else if (!fits(reference.target(), beans.getType(bean))) {
                    problems.add(new ModelProblem(Code.WRONG_BEAN_TYPE, value + " (" + where + ")", reference.line()));
                }
            }
            case EXPRESSION -> {
                String root = rootIdentifier(value);
                if (root != null && !ENGINE_NAMES.contains(root) && !beans.containsBean(root)) {
                    problems.add(new ModelProblem(Code.UNKNOWN_BEAN, value + " (" + where + ")", reference.line()));
                }
            }
            case ANY_EXPRESSION -> {
                // A method may only be called on one of the application's own beans.
                for (String target : ExpressionPolicy.methodTargets(value)) {
                    if (!beans.containsBean(target) || !isApplicationType(beans.getType(target))) {
                        problems.add(
                                new ModelProblem(Code.UNKNOWN_BEAN, target + " (" + where + ")", reference.line()));
                    }
                }
            }
            case SCRIPT, LANGUAGE, EXTERNAL_FUNCTION -> {
                // refused by ModelGuard
            }
            case CLASS -> {
                try {
                    Class.forName(value, false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(new ModelProblem(Code.UNKNOWN_CLASS, value + " (" + where + ")", reference.line()));
                }
            }
            case GROUPS -> {
                for (String group : names(value)) {
                    if (identity.createGroupQuery().groupId(group).count() == 0) {
                        problems.add(
                                new ModelProblem(Code.UNKNOWN_GROUP, group + " (" + where + ")", reference.line()));
                    }
                }
            }
            case USERS -> {
                for (String user : names(value)) {
                    if (identity.createUserQuery().userId(user).count() == 0) {
                        problems.add(new ModelProblem(Code.UNKNOWN_USER, user + " (" + where + ")", reference.line()));
                    }
                }
            }
            case DECISION -> {
                if (!isExpression(value)
                        && !shipped.knows(value, ModelKind.DECISION)
                        && repository
                                        .createDecisionDefinitionQuery()
                                        .decisionDefinitionKey(value)
                                        .count()
                                == 0) {
                    problems.add(new ModelProblem(Code.UNKNOWN_DECISION, value + " (" + where + ")", reference.line()));
                }
            }
        }
    }

    private static boolean isApplicationType(Class<?> type) {
        return type != null && type.getName().startsWith(ModelGuard.APPLICATION_PACKAGE);
    }

    private static boolean fits(ModelScan.Target target, Class<?> type) {
        if (type == null) {
            return false;
        }
        return switch (target) {
            case EXECUTION_LISTENER -> ExecutionListener.class.isAssignableFrom(type);
            case TASK_LISTENER -> TaskListener.class.isAssignableFrom(type);
            default -> JavaDelegate.class.isAssignableFrom(type) || ActivityBehavior.class.isAssignableFrom(type);
        };
    }

    /** Plain names in a comma-separated list; expressions are resolved at run time and not checked. */
    private static Set<String> names(String value) {
        Set<String> names = new LinkedHashSet<>();
        if (isExpression(value)) {
            return names;
        }
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }

    private static String rootIdentifier(String expression) {
        Matcher matcher = ROOT_IDENTIFIER.matcher(expression.strip());
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The engine's parser on the file, in a transaction that stores nothing. */
    private List<ModelProblem> parseWithEngine(ModelKind kind, byte[] content) {
        List<ModelProblem> problems = new ArrayList<>();
        try {
            if (kind == ModelKind.PROCESS) {
                engine.getCommandExecutorTxRequired().execute(commandContext -> {
                    DeploymentEntity deployment = new DeploymentEntity();
                    deployment.setName("check");
                    bpmnDeployer()
                            .getBpmnParser()
                            .createParse()
                            .sourceInputStream(new ByteArrayInputStream(content))
                            .deployment(deployment)
                            .name("check.bpmn")
                            .execute();
                    return null;
                });
            } else {
                // Inside a command: the engine's DMN transformer reads its configuration from the context.
                engine.getCommandExecutorTxRequired()
                        .execute(commandContext -> engine.getDmnEngine()
                                .parseDecisionRequirementsGraph(new ByteArrayInputStream(content)));
            }
        } catch (ParseException e) {
            e.getResorceReports()
                    .forEach(report -> report.getErrors()
                            .forEach(error -> problems.add(new ModelProblem(
                                    Code.ENGINE,
                                    engineMessage(error.getMessage(), error.getMainElementId()),
                                    Math.max(error.getLine(), 0)))));
            if (problems.isEmpty()) {
                problems.add(ModelProblem.of(Code.ENGINE, String.valueOf(e.getMessage())));
            }
        } catch (RuntimeException e) {
            problems.add(ModelProblem.of(Code.ENGINE, String.valueOf(e.getMessage())));
        }
        return problems;
    }

    private static String engineMessage(String message, String elementId) {
        return elementId == null ? message : message + " (" + elementId + ")";
    }

    private BpmnDeployer bpmnDeployer() {
        for (Deployer deployer : engine.getDeployers()) {
            if (deployer instanceof BpmnDeployer bpmn) {
                return bpmn;
            }
        }
        throw new IllegalStateException("The engine has no BPMN deployer");
    }
}
