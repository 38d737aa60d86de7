package id.blitar.kiosk.modeling.service;

import id.blitar.kiosk.modeling.service.ModelProblem.Code;
import id.blitar.kiosk.modeling.service.ModelScan.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * What no model may contain, whoever deploys it and however: expressions outside {@link ExpressionPolicy},
 * scripts and connectors, classes from outside the application, DMN languages other than FEEL, FEEL
 * functions that call Java. Needs nothing but the file, so the engine's own deployer can run it too.
 */
final class ModelGuard {

    /** The application's own package: the only home of classes a model may name. */
    static final String APPLICATION_PACKAGE = "id.blitar.kiosk.";

    private ModelGuard() {}

    static List<ModelProblem> problems(ModelScan scan) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Reference reference : scan.references()) {
            String where = reference.elementId() == null ? "" : " (" + reference.elementId() + ")";
            switch (reference.target()) {
                case ANY_EXPRESSION -> {
                    if (ExpressionPolicy.refusal(reference.value()).isPresent()) {
                        problems.add(new ModelProblem(
                                Code.EXPRESSION_REFUSED, shorten(reference.value()) + where, reference.line()));
                    }
                }
                case SCRIPT ->
                    problems.add(new ModelProblem(
                            Code.SCRIPT_REFUSED, shorten(reference.value()) + where, reference.line()));
                case LANGUAGE, EXTERNAL_FUNCTION ->
                    problems.add(new ModelProblem(
                            Code.LANGUAGE_REFUSED, shorten(reference.value()) + where, reference.line()));
                case CLASS -> {
                    if (!reference.value().startsWith(APPLICATION_PACKAGE)) {
                        problems.add(new ModelProblem(Code.CLASS_REFUSED, reference.value() + where, reference.line()));
                    }
                }
                default -> {
                    // beans, groups, users and decisions are checked against the running application
                }
            }
        }
        return problems;
    }

    private static String shorten(String value) {
        return value.length() > 160 ? value.substring(0, 160) + "…" : value;
    }
}
