package id.blitar.kiosk.modeling.service;

/**
 * One reason a model file cannot be deployed. The screen translates {@code code} (key
 * {@code models.problem.<CODE>}) with {@code detail} as its argument; {@code line} is 0 when the
 * problem belongs to the whole file.
 */
public record ModelProblem(Code code, String detail, int line) {

    public enum Code {
        EMPTY,
        TOO_LARGE,
        NOT_XML,
        DOCTYPE,
        WRONG_ROOT,
        NO_DEFINITION,
        UNKNOWN_KEY,
        OTHER_KEY,
        NOT_EXECUTABLE,
        NO_HISTORY_TIME_TO_LIVE,
        UNKNOWN_BEAN,
        WRONG_BEAN_TYPE,
        UNKNOWN_CLASS,
        UNKNOWN_GROUP,
        UNKNOWN_USER,
        UNKNOWN_DECISION,
        EXPRESSION_REFUSED,
        SCRIPT_REFUSED,
        CLASS_REFUSED,
        LANGUAGE_REFUSED,
        ENGINE
    }

    public static ModelProblem of(Code code, String detail) {
        return new ModelProblem(code, detail, 0);
    }
}
