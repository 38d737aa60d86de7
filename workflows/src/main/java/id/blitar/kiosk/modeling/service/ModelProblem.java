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

    /**
     * Why a file is not well-formed XML ({@code Code.NOT_XML}; its name is the problem's {@code detail}, key
     * {@code models.xml.<FAULT>}), so that a manager reads the reason in their language and not the XML
     * parser's English. The faults follow the well-formedness constraints of XML 1.0 (W3C, 5th ed.).
     */
    public enum XmlFault {
        /** Something before the first element: not a model at all, a byte-order mark twice, a ZIP. */
        PROLOG,
        /** An element not closed by its matching end tag. */
        END_TAG,
        /** The file ends inside an element or a comment: cut off while copied or downloaded. */
        TRUNCATED,
        /** Something after the root element's end tag. */
        AFTER_ROOT,
        /** No element at all. */
        NO_ELEMENT,
        /** Any other error of writing: quotes, characters, attributes. */
        SYNTAX;

        /**
         * Classifies a StAX parser's message (the JDK's Xerces-based parser; others fall into {@code SYNTAX}).
         *
         * @param message the parser's message, may be {@code null}
         */
        public static XmlFault of(String message) {
            String text = message == null ? "" : message;
            if (text.contains("not allowed in prolog")) {
                return PROLOG;
            }
            if (text.contains("must be terminated by the matching end-tag")) {
                return END_TAG;
            }
            if (text.contains("start and end within the same entity") || text.contains("Premature end of file")) {
                return TRUNCATED;
            }
            if (text.contains("following the root element") || text.contains("trailing section")) {
                return AFTER_ROOT;
            }
            return SYNTAX;
        }
    }

    public static ModelProblem of(Code code, String detail) {
        return new ModelProblem(code, detail, 0);
    }
}
