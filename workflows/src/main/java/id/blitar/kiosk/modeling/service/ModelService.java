package id.blitar.kiosk.modeling.service;

import id.blitar.kiosk.modeling.domain.ModelChange;
import id.blitar.kiosk.modeling.domain.ModelChange.Action;
import id.blitar.kiosk.modeling.domain.ModelChangeRepository;
import id.blitar.kiosk.modeling.service.ShippedModels.Shipped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Service;

/**
 * The managers' models page behind the screen: every process and decision definition with its
 * versions and running instances, their XML, live counts per activity, and deploying a checked file
 * as a new version, migrating the previous version's running instances where Camunda's migration API
 * allows, rolling back and returning to the model the application shipped with.
 *
 * <p>No method here runs inside a caller's transaction: each deployment and each instance migration
 * is its own engine command, so one instance that cannot move does not undo the others.
 */
@Service
public class ModelService {

    static final String DEPLOYMENT_SOURCE = "kiosk-manage";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final ListableBeanFactory beans;
    private final ModelValidator validator;
    private final ShippedModels shipped;
    private final ModelChangeRepository changes;
    private final Clock clock;

    ModelService(
            RepositoryService repository,
            RuntimeService runtime,
            HistoryService history,
            IdentityService identity,
            ListableBeanFactory beans,
            ModelValidator validator,
            ShippedModels shipped,
            ModelChangeRepository changes,
            Clock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
        this.beans = beans;
        this.validator = validator;
        this.shipped = shipped;
        this.changes = changes;
        this.clock = clock;
    }

    /** One deployed version of a definition. */
    public record Version(
            String definitionId,
            int version,
            LocalDateTime deployedAt,
            String deployedBy,
            long running,
            long incidents,
            String resourceName) {}

    /** A process or decision with its versions, newest first. */
    public record Model(String key, String name, ModelKind kind, List<Version> versions) {

        public Version latest() {
            return versions.get(0);
        }

        public Optional<Version> previous() {
            return versions.size() > 1 ? Optional.of(versions.get(1)) : Optional.empty();
        }
    }

    /** Instances at one activity of a version. */
    public record ActivityCount(String activityId, long active, long incidents) {}

    /** A running instance that stays on its version, and why. */
    public record NotMigrated(String processInstanceId, String businessKey, List<String> reasons) {}

    /** What happened to the running instances of the replaced version. */
    public record Migration(int migrated, List<NotMigrated> notMigrated, List<String> planProblems) {

        public static final Migration NONE = new Migration(0, List.of(), List.of());
    }

    /** The result of deploying, rolling back or returning to the shipped model. */
    public sealed interface Outcome {}

    public record Refused(List<ModelProblem> problems) implements Outcome {}

    public record Deployed(String key, Version version, Integer replacedVersion, Migration migration)
            implements Outcome {}

    public List<Model> catalogue() {
        return models(null);
    }

    /** Every model, or only {@code key}'s when it is given (the models page asks per key often). */
    private List<Model> models(String key) {
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, String> deployedBy = new HashMap<>();
        List<Model> models = new ArrayList<>();

        ProcessDefinitionQuery processQuery = repository.createProcessDefinitionQuery();
        DecisionDefinitionQuery decisionQuery = repository.createDecisionDefinitionQuery();
        if (key != null) {
            processQuery.processDefinitionKey(key);
            decisionQuery.decisionDefinitionKey(key);
        }
        Map<String, List<ProcessDefinition>> processes = processQuery.list().stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey)
                        .thenComparing(ProcessDefinition::getVersion, Comparator.reverseOrder()))
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<DecisionDefinition>> decisions = decisionQuery.list().stream()
                .sorted(Comparator.comparing(DecisionDefinition::getKey)
                        .thenComparing(DecisionDefinition::getVersion, Comparator.reverseOrder()))
                .collect(Collectors.groupingBy(DecisionDefinition::getKey, LinkedHashMap::new, Collectors.toList()));

        List<String> ids = new ArrayList<>();
        processes.values().forEach(list -> list.forEach(d -> ids.add(d.getId())));
        decisions.values().forEach(list -> list.forEach(d -> ids.add(d.getId())));
        if (!ids.isEmpty()) {
            changes.findByDefinitionIdIn(ids).forEach(c -> deployedBy.put(c.getDefinitionId(), c.getChangedBy()));
        }
        Map<String, Long> incidents = runtime.createIncidentQuery().list().stream()
                .filter(i -> i.getProcessDefinitionId() != null)
                .collect(Collectors.groupingBy(Incident::getProcessDefinitionId, Collectors.counting()));

        processes.forEach((processKey, list) -> models.add(model(
                processKey,
                ModelKind.PROCESS,
                list,
                deployments,
                deployedBy,
                d -> runtime.createProcessInstanceQuery()
                        .processDefinitionId(d.getId())
                        .count(),
                d -> incidents.getOrDefault(d.getId(), 0L))));
        decisions.forEach((decisionKey, list) ->
                models.add(model(decisionKey, ModelKind.DECISION, list, deployments, deployedBy, d -> 0L, d -> 0L)));
        return models;
    }

    private Model model(
            String key,
            ModelKind kind,
            List<? extends ResourceDefinition> newestFirst,
            Map<String, Deployment> deployments,
            Map<String, String> deployedBy,
            Function<ResourceDefinition, Long> running,
            Function<ResourceDefinition, Long> incidents) {
        String name = newestFirst.get(0).getName();
        return new Model(
                key,
                name == null ? key : name,
                kind,
                newestFirst.stream()
                        .map(d -> new Version(
                                d.getId(),
                                d.getVersion(),
                                deployedAt(deployments.get(d.getDeploymentId())),
                                deployedBy.get(d.getId()),
                                running.apply(d),
                                incidents.apply(d),
                                d.getResourceName()))
                        .toList());
    }

    public Optional<Model> model(String key) {
        return models(key).stream().findFirst();
    }

    /** The XML of one version, as deployed. */
    public Optional<String> xml(String definitionId) {
        return resource(definitionId).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Running instances (and incidents) per activity of one process version. */
    public List<ActivityCount> activityCounts(String definitionId) {
        Map<String, Long> active =
                history
                        .createHistoricActivityInstanceQuery()
                        .processDefinitionId(definitionId)
                        .unfinished()
                        .list()
                        .stream()
                        .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, Collectors.counting()));
        Map<String, Long> failed = runtime.createIncidentQuery().processDefinitionId(definitionId).list().stream()
                .filter(i -> i.getActivityId() != null)
                .collect(Collectors.groupingBy(Incident::getActivityId, Collectors.counting()));
        Map<String, ActivityCount> counts = new LinkedHashMap<>();
        active.forEach((id, n) -> counts.put(id, new ActivityCount(id, n, failed.getOrDefault(id, 0L))));
        failed.forEach((id, n) -> counts.putIfAbsent(id, new ActivityCount(id, 0, n)));
        return List.copyOf(counts.values());
    }

    /** The names of a process version's steps by element id, for listing the counts as text. */
    public Map<String, String> activityNames(String definitionId) {
        Map<String, String> names = new LinkedHashMap<>();
        repository
                .getBpmnModelInstance(definitionId)
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)
                .forEach(node -> names.put(node.getId(), node.getName() == null ? node.getId() : node.getName()));
        return names;
    }

    public ModelValidator.Checked check(String key, byte[] content) {
        return validator.check(key, content);
    }

    /**
     * Deploys {@code content} as the newest version of {@code key} if it passes every check; with
     * {@code migrate}, the running instances of the version it replaces move to it where they can.
     */
    public Outcome deploy(String key, String fileName, byte[] content, String user, boolean migrate) {
        ModelValidator.Checked checked = validator.check(key, content);
        if (!checked.ok()) {
            return new Refused(checked.problems());
        }
        return deployChecked(key, checked.kind(), content, user, fileName, Action.DEPLOY, migrate);
    }

    /** Deploys the version before the newest again, as the newest. */
    public Outcome rollback(String key, String user, boolean migrate) {
        Model model = model(key).orElseThrow(() -> new IllegalArgumentException("Unknown model " + key));
        Version previous =
                model.previous().orElseThrow(() -> new IllegalStateException("There is no earlier version of " + key));
        byte[] content = resource(previous.definitionId()).orElseThrow();
        // An older version may name a bean or group the application no longer has: checked like any file.
        ModelValidator.Checked checked = validator.check(key, content);
        if (!checked.ok()) {
            return new Refused(checked.problems());
        }
        return deployChecked(key, model.kind(), content, user, "v" + previous.version(), Action.ROLLBACK, migrate);
    }

    /** Deploys the model the application shipped with as the newest version. */
    public Outcome restoreShipped(String key, String user, boolean migrate) {
        Shipped original =
                shipped.byKey(key).orElseThrow(() -> new IllegalArgumentException("Not a shipped model: " + key));
        ModelValidator.Checked checked = validator.check(key, original.content());
        if (!checked.ok()) {
            return new Refused(checked.problems());
        }
        return deployChecked(
                key, original.kind(), original.content(), user, original.resourceName(), Action.SHIPPED, migrate);
    }

    /** Whether the newest version of {@code key} is byte for byte the shipped model. */
    public boolean isShipped(String key) {
        Optional<Shipped> original = shipped.byKey(key);
        Optional<Model> model = model(key);
        if (original.isEmpty() || model.isEmpty()) {
            return false;
        }
        return resource(model.get().latest().definitionId())
                .map(bytes -> java.util.Arrays.equals(bytes, original.get().content()))
                .orElse(false);
    }

    /** Moves every running instance of one version to another where Camunda's migration allows it. */
    Migration migrate(String fromDefinitionId, String toDefinitionId) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processDefinitionId(fromDefinitionId)
                .list();
        if (instances.isEmpty()) {
            return Migration.NONE;
        }
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(fromDefinitionId, toDefinitionId)
                    .mapEqualActivities()
                    .updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException e) {
            List<String> planProblems = new ArrayList<>();
            for (MigrationInstructionValidationReport report :
                    e.getValidationReport().getInstructionReports()) {
                String source = report.getMigrationInstruction().getSourceActivityId();
                report.getFailures().forEach(f -> planProblems.add(source + ": " + f));
            }
            List<NotMigrated> stayed = instances.stream()
                    .map(i -> new NotMigrated(i.getId(), i.getBusinessKey(), planProblems))
                    .toList();
            return new Migration(0, stayed, planProblems);
        }
        int migrated = 0;
        List<NotMigrated> stayed = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            try {
                runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
                migrated++;
            } catch (MigratingProcessInstanceValidationException e) {
                stayed.add(new NotMigrated(instance.getId(), instance.getBusinessKey(), reasons(e)));
            } catch (RuntimeException e) {
                stayed.add(new NotMigrated(instance.getId(), instance.getBusinessKey(), List.of(e.getMessage())));
            }
        }
        return new Migration(migrated, stayed, List.of());
    }

    public List<ModelChange> recentChanges() {
        return changes.findTop50ByOrderByChangedAtDescIdDesc();
    }

    /** Group ids a user task may name. */
    public List<String> groups() {
        return identity.createGroupQuery().orderByGroupId().asc().list().stream()
                .map(Group::getId)
                .toList();
    }

    /** Bean names a service task may name in {@code ${…}}. */
    public List<String> delegates() {
        return java.util.Arrays.stream(beans.getBeanNamesForType(JavaDelegate.class))
                .sorted()
                .toList();
    }

    /** Decision keys a business rule task may name. */
    public List<String> decisionKeys() {
        return shipped.all().stream()
                .filter(s -> s.kind() == ModelKind.DECISION)
                .map(Shipped::key)
                .toList();
    }

    private Outcome deployChecked(
            String key, ModelKind kind, byte[] content, String user, String fileName, Action action, boolean migrate) {
        Optional<Model> before = model(key);
        String resourceName = before.map(m -> m.latest().resourceName())
                .or(() -> shipped.byKey(key).map(Shipped::resourceName))
                .orElse(key + kind.extension());
        DeploymentWithDefinitions deployment;
        try {
            deployment = repository
                    .createDeployment()
                    .name(key)
                    .source(DEPLOYMENT_SOURCE)
                    .addInputStream(resourceName, new ByteArrayInputStream(content))
                    .deployWithResult();
        } catch (ParseException e) {
            List<ModelProblem> problems = new ArrayList<>();
            e.getResorceReports()
                    .forEach(r -> r.getErrors()
                            .forEach(p -> problems.add(new ModelProblem(
                                    ModelProblem.Code.ENGINE, p.getMessage(), Math.max(p.getLine(), 0)))));
            return new Refused(
                    problems.isEmpty() ? List.of(ModelProblem.of(ModelProblem.Code.ENGINE, e.getMessage())) : problems);
        }
        // The version this deployment made, not "the newest": another manager may deploy at the same moment.
        String definitionId = deployedDefinitionId(deployment, key);
        Version version = model(key).orElseThrow().versions().stream()
                .filter(v -> v.definitionId().equals(definitionId))
                .findFirst()
                .orElseThrow();
        Integer replaced = before.map(m -> m.latest().version()).orElse(null);
        // Logged as soon as it is live, so that a failure while moving instances cannot leave it unrecorded.
        ModelChange change = changes.save(new ModelChange(
                key,
                kind.name(),
                action,
                version.definitionId(),
                version.version(),
                replaced,
                user,
                LocalDateTime.now(clock),
                shorten(fileName)));
        Migration migration = Migration.NONE;
        if (migrate && kind == ModelKind.PROCESS && before.isPresent()) {
            migration = migrate(before.get().latest().definitionId(), version.definitionId());
            change.recordMigration(migration.migrated(), migration.notMigrated().size());
            changes.save(change);
        }
        Version withUser = new Version(
                version.definitionId(),
                version.version(),
                version.deployedAt(),
                user,
                version.running() + migration.migrated(),
                version.incidents(),
                version.resourceName());
        return new Deployed(key, withUser, replaced, migration);
    }

    /**
     * Moves the running instances of an older version to another (the newest) and logs it, for the
     * instances a deployment left behind.
     */
    public Migration moveInstances(String key, Version from, Version to, String user) {
        Migration migration = migrate(from.definitionId(), to.definitionId());
        ModelChange change = new ModelChange(
                key,
                ModelKind.PROCESS.name(),
                Action.MIGRATE,
                to.definitionId(),
                to.version(),
                from.version(),
                user,
                LocalDateTime.now(clock),
                null);
        change.recordMigration(migration.migrated(), migration.notMigrated().size());
        changes.save(change);
        return migration;
    }

    private static String deployedDefinitionId(DeploymentWithDefinitions deployment, String key) {
        List<? extends ResourceDefinition> deployed = new ArrayList<>(
                deployment.getDeployedProcessDefinitions() == null
                        ? List.of()
                        : deployment.getDeployedProcessDefinitions());
        List<ResourceDefinition> all = new ArrayList<>(deployed);
        if (deployment.getDeployedDecisionDefinitions() != null) {
            all.addAll(deployment.getDeployedDecisionDefinitions());
        }
        return all.stream()
                .filter(d -> d.getKey().equals(key))
                .map(ResourceDefinition::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The deployment holds no definition " + key));
    }

    private static String shorten(String fileName) {
        if (fileName == null) {
            return null;
        }
        return fileName.length() <= 255 ? fileName : fileName.substring(0, 254) + "\u2026";
    }

    private Optional<byte[]> resource(String definitionId) {
        String deploymentId;
        String resourceName;
        ProcessDefinition process = repository
                .createProcessDefinitionQuery()
                .processDefinitionId(definitionId)
                .singleResult();
        if (process != null) {
            deploymentId = process.getDeploymentId();
            resourceName = process.getResourceName();
        } else {
            DecisionDefinition decision = repository
                    .createDecisionDefinitionQuery()
                    .decisionDefinitionId(definitionId)
                    .singleResult();
            if (decision == null) {
                return Optional.empty();
            }
            deploymentId = decision.getDeploymentId();
            resourceName = decision.getResourceName();
        }
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDateTime deployedAt(Deployment deployment) {
        if (deployment == null || deployment.getDeploymentTime() == null) {
            return null;
        }
        return LocalDateTime.ofInstant(deployment.getDeploymentTime().toInstant(), zone());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static List<String> reasons(MigratingProcessInstanceValidationException e) {
        MigratingProcessInstanceValidationReport report = e.getValidationReport();
        List<String> reasons = new ArrayList<>(report.getFailures());
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(f -> reasons.add(activity.getSourceScopeId() + ": " + f));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(f -> reasons.add(transition.getSourceScopeId() + ": " + f));
        }
        return reasons;
    }
}
