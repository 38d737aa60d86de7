package id.blitar.kiosk.modeling.service;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The only expression shapes a model may contain. Camunda evaluates JUEL with full reflection
 * ({@code ${''.getClass().forName(…)}} runs any Java code as the server), so a manager's model is held
 * to what the library's own models need:
 *
 * <ul>
 *   <li>{@code ${name}}: a process variable, or a bean for a delegate expression;
 *   <li>comparisons and logic of variables and literals: {@code ${deskOutcome == 'REFERRED'}},
 *       {@code ${a && not b}}, {@code ${empty x}}, {@code ${x ? 1 : 2}};
 *   <li>a bean's method with variables and literals as arguments: {@code ${bean.method(var, 'text', 3)}};
 *   <li>the engine's functions {@code dateTime()}, {@code now()}, {@code currentUser()},
 *       {@code currentUserGroups()}, and on {@code dateTime()} only {@code plus…}/{@code minus…}
 *       (years to seconds), {@code withTimeAtStartOfDay()} and {@code toDate()}.
 * </ul>
 *
 * Everything else is refused: property access ({@code x.class}, {@code x['y']}), methods on literals,
 * on the engine's objects ({@code execution}, {@code task}) or on results of other calls, the methods every
 * Java object has ({@code getClass}, {@code wait} …), deferred {@code #{…}}, and text that is not valid
 * JUEL. The tree is JUEL's own parse of the text, so spacing, nesting or escapes cannot hide a call.
 *
 * <p>The same check runs in the models page's validator (with the line) and in the engine itself for every
 * expression it creates, whichever way a model or a stored filter reached it.
 */
public final class ExpressionPolicy {

    /** Functions the engine registers and the models or Tasklist's filters use. */
    static final Set<String> FUNCTIONS = Set.of("dateTime", "now", "currentUser", "currentUserGroups");

    /** Methods of the Joda {@code DateTime} that {@code dateTime()} returns. */
    static final Pattern DATE_METHOD =
            Pattern.compile("(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)|withTimeAtStartOfDay|toDate");

    /** Objects the engine puts into every expression: never a base for a call. */
    static final Set<String> ENGINE_OBJECTS =
            Set.of("execution", "task", "caseExecution", "variableScope", "authenticatedUserId", "externalTask");

    /** Methods that every Java object has; {@code getClass} is the start of every reflection chain. */
    static final Set<String> OBJECT_METHODS =
            Set.of("getClass", "wait", "notify", "notifyAll", "hashCode", "equals", "toString", "clone", "finalize");

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private ExpressionPolicy() {}

    /**
     * Why {@code text} is refused, in English for logs and API answers; empty when it is allowed. Text
     * without {@code ${} or {@code #{} is a literal and allowed.
     */
    public static Optional<String> refusal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Node root;
        try {
            root = PARSER.build(text).getRoot();
        } catch (TreeBuilderException | IllegalArgumentException e) {
            return Optional.of("not a valid expression");
        }
        return check(root);
    }

    /** Whether {@code text} contains an expression at all. */
    public static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The identifiers that methods are called on ({@code ${bean.method()}} → {@code bean}). */
    static Set<String> methodTargets(String text) {
        Set<String> targets = new LinkedHashSet<>();
        try {
            collectTargets(PARSER.build(text).getRoot(), targets);
        } catch (TreeBuilderException | IllegalArgumentException e) {
            // refused elsewhere
        }
        return targets;
    }

    private static void collectTargets(Node node, Set<String> targets) {
        if (node instanceof AstMethod method
                && method.getChild(0) instanceof AstDot dot
                && dot.getChild(0) instanceof AstIdentifier identifier) {
            targets.add(identifier.getName());
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            collectTargets(node.getChild(i), targets);
        }
    }

    private static Optional<String> check(Node node) {
        if (node instanceof AstText) {
            return Optional.empty();
        }
        if (node instanceof AstComposite) {
            for (int i = 0; i < node.getCardinality(); i++) {
                Optional<String> refusal = check(node.getChild(i));
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        }
        if (node instanceof AstEval eval) {
            if (eval.isDeferred()) {
                return Optional.of("#{…} is not allowed, only ${…}");
            }
            return value(eval.getChild(0));
        }
        return Optional.of("unexpected expression " + node);
    }

    private static Optional<String> value(Node node) {
        if (isLiteral(node) || node instanceof AstIdentifier) {
            return Optional.empty();
        }
        if (node instanceof AstNested
                || node instanceof AstUnary
                || node instanceof AstBinary
                || node instanceof AstChoice) {
            for (int i = 0; i < node.getCardinality(); i++) {
                Optional<String> refusal = value(node.getChild(i));
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            return Optional.empty();
        }
        if (node instanceof AstFunction function) {
            if (!FUNCTIONS.contains(function.getName()) || function.getParamCount() != 0) {
                return Optional.of("the function " + function.getName() + " is not allowed");
            }
            return Optional.empty();
        }
        if (node instanceof AstMethod method) {
            return method(method);
        }
        return Optional.of("property access and "
                + node.getClass().getSimpleName().replace("Ast", "").toLowerCase() + " are not allowed");
    }

    private static Optional<String> method(AstMethod method) {
        if (!(method.getChild(0) instanceof AstDot dot)) {
            return Optional.of("calls by [] are not allowed");
        }
        String name = propertyName(dot);
        Node base = dot.getChild(0);
        Node parameters = method.getChild(1);
        for (int i = 0; i < parameters.getCardinality(); i++) {
            Node argument = parameters.getChild(i);
            if (!isLiteral(argument) && !(argument instanceof AstIdentifier)) {
                return Optional.of("arguments of " + name + " must be variables or literals");
            }
        }
        if (base instanceof AstIdentifier identifier) {
            if (ENGINE_OBJECTS.contains(identifier.getName())) {
                return Optional.of("methods of " + identifier.getName() + " are not allowed");
            }
            if (OBJECT_METHODS.contains(name)) {
                return Optional.of("the method " + name + " is not allowed");
            }
            return Optional.empty();
        }
        if (isDateTime(base) && DATE_METHOD.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of("the method " + name + " is not allowed here");
    }

    /** {@code dateTime()} or a chain of allowed date methods on it. */
    private static boolean isDateTime(Node node) {
        if (node instanceof AstFunction function) {
            return "dateTime".equals(function.getName()) && function.getParamCount() == 0;
        }
        if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot) {
            String name = propertyName(dot);
            return !"toDate".equals(name) && DATE_METHOD.matcher(name).matches() && isDateTime(dot.getChild(0));
        }
        return false;
    }

    private static boolean isLiteral(Node node) {
        return node instanceof AstString
                || node instanceof AstNumber
                || node instanceof AstBoolean
                || node instanceof AstNull;
    }

    /** JUEL keeps the name in a protected field; its text form is {@code ". name"}. */
    private static String propertyName(AstDot dot) {
        String text = dot.toString();
        return text.startsWith(". ") ? text.substring(2) : text;
    }
}
