package id.blitar.kiosk.modeling.service;

import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The engine's expression manager, held to {@link ExpressionPolicy} twice over:
 *
 * <ol>
 *   <li>when an expression is created — at every deployment (models page, engine REST API, Cockpit,
 *       auto-deployment, a restart re-reading the models), for DMN's JUEL and for stored Tasklist filters —
 *       anything outside the policy is refused with a {@link ProcessEngineException};
 *   <li>when it is evaluated: names resolve to process variables or to the application's own beans only
 *       (no data source, no environment, no Spring internals), and methods and properties are reached only
 *       on the application's own objects (not {@code getClass}) and, for dates, the few Joda
 *       {@code DateTime} methods the policy names. So even an expression that got past the first check could
 *       not walk into reflection.
 * </ol>
 */
class GuardedExpressionManager extends SpringExpressionManager {

    private static final Pattern DATE_METHOD = ExpressionPolicy.DATE_METHOD;

    GuardedExpressionManager(ApplicationContext applicationContext) {
        super(applicationContext, null);
    }

    @Override
    public org.camunda.bpm.impl.juel.jakarta.el.ValueExpression createValueExpression(String expression) {
        Optional<String> refusal = ExpressionPolicy.refusal(expression);
        if (refusal.isPresent()) {
            throw new ProcessEngineException("Expression refused (" + refusal.get() + "): " + expression);
        }
        return super.createValueExpression(expression);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ApplicationBeans(applicationContext));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new ApplicationObjects());
        return resolver;
    }

    static boolean isApplicationObject(Object base) {
        return base != null && ClassUtils.getUserClass(base).getName().startsWith(ModelGuard.APPLICATION_PACKAGE);
    }

    /** Spring beans by name, but only the application's own (delegates, listeners, services). */
    static final class ApplicationBeans extends ApplicationContextElResolver {

        ApplicationBeans(ApplicationContext applicationContext) {
            super(applicationContext);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && applicationContext.containsBean(name)) {
                Class<?> type = applicationContext.getType(name);
                if (type == null || !type.getName().startsWith(ModelGuard.APPLICATION_PACKAGE)) {
                    return null;
                }
            }
            return super.getValue(context, base, property);
        }
    }

    /** JUEL's reflection, allowed on the application's objects and on dates only. */
    static final class ApplicationObjects extends BeanELResolver {

        ApplicationObjects() {
            super(true);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base != null) {
                refuseUnlessApplication(base, property);
            }
            return super.getValue(context, base, property);
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            if (base != null) {
                refuseUnlessApplication(base, property);
            }
            return super.getType(context, base, property);
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base == null) {
                return null;
            }
            String name = String.valueOf(method);
            boolean allowed = isApplicationObject(base)
                    ? !ExpressionPolicy.OBJECT_METHODS.contains(name)
                    : "org.joda.time.DateTime".equals(base.getClass().getName())
                            && DATE_METHOD.matcher(name).matches();
            if (!allowed) {
                throw new ELException(
                        "Calling " + name + " on " + base.getClass().getName() + " is refused in a model");
            }
            return super.invoke(context, base, method, types, params);
        }

        private static void refuseUnlessApplication(Object base, Object property) {
            if (!isApplicationObject(base) || "class".equals(property)) {
                throw new ELException(
                        "Reading " + property + " of " + base.getClass().getName() + " is refused in a model");
            }
        }
    }
}
