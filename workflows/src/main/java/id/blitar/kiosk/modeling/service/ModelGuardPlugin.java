package id.blitar.kiosk.modeling.service;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Managers are trusted with the library's rules, not with the server: the engine itself refuses models
 * that could run code, whichever way they come in. Installs {@link GuardedExpressionManager} (JUEL held to
 * {@link ExpressionPolicy} at creation and evaluation), {@link ModelGuardDeployer} before the engine's
 * deployers, and a script factory that refuses every script — at parse time, so a script task, script
 * listener, script condition or script I/O mapping fails its deployment.
 */
@Component
class ModelGuardPlugin implements ProcessEnginePlugin {

    private final ApplicationContext applicationContext;

    ModelGuardPlugin(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new GuardedExpressionManager(applicationContext));
        configuration.setScriptFactory(new RefusingScriptFactory());
        List<Deployer> pre = new ArrayList<>();
        pre.add(new ModelGuardDeployer());
        if (configuration.getCustomPreDeployers() != null) {
            pre.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(pre);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {}

    /** No script language is allowed in a model. */
    static final class RefusingScriptFactory extends ScriptFactory {

        @Override
        public ExecutableScript createScriptFromResource(String language, String resource) {
            throw refused(language);
        }

        @Override
        public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
            throw refused(language);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, String source) {
            throw refused(language);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
            throw refused(language);
        }

        private static ProcessEngineException refused(String language) {
            return new ProcessEngineException("Scripts (" + language + ") are refused in a model");
        }
    }
}
