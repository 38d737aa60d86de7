package id.blitar.kiosk.modeling.service;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before the engine's own deployers on every deployment, however it arrives (models page, engine
 * REST API, Cockpit, Java API), and again whenever a node loads a deployment into its cache: refuses
 * CMMN (the library has no cases) and any BPMN or DMN that {@link ModelGuard} refuses — scripts,
 * connectors, foreign classes, expressions outside {@link ExpressionPolicy}, non-FEEL languages.
 */
class ModelGuardDeployer implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(ModelGuardDeployer.class);

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName() == null ? "" : resource.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
                throw refused(deployment, resource, "CMMN case models are not used by this application");
            }
            boolean model = name.endsWith(".bpmn")
                    || name.endsWith(".bpmn20.xml")
                    || name.endsWith(".dmn")
                    || name.endsWith(".dmn11.xml");
            if (!model || resource.getBytes() == null) {
                continue;
            }
            ModelScan scan = ModelScan.of(resource.getBytes());
            List<ModelProblem> problems = ModelGuard.problems(scan);
            if (!problems.isEmpty()) {
                throw refused(
                        deployment,
                        resource,
                        problems.stream()
                                .map(p -> "line " + p.line() + ": " + p.code() + " " + p.detail())
                                .collect(Collectors.joining("; ")));
            }
        }
    }

    private static BadUserRequestException refused(
            DeploymentEntity deployment, ResourceEntity resource, String reason) {
        log.warn("Refused deployment '{}' ({}): {}", deployment.getName(), resource.getName(), reason);
        return new BadUserRequestException("Model " + resource.getName() + " refused: " + reason);
    }
}
