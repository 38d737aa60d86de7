package id.blitar.kiosk.modeling.service;

import id.blitar.kiosk.modeling.service.ModelProblem.Code;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One pass over a model file with a StAX reader that refuses DTDs and external entities (so XXE and
 * "billion laughs" files stop at their DOCTYPE): what the file is, which keys it defines and every
 * reference to a bean, class, group, user or decision, each with its line.
 */
record ModelScan(
        ModelKind kind, List<Definition> definitions, List<Reference> references, List<ModelProblem> problems) {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    static final Set<String> DMN = Set.of(
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "https://www.omg.org/spec/DMN/20211108/MODEL/",
            "https://www.omg.org/spec/DMN/20230324/MODEL/");

    /** A process or decision in the file. */
    record Definition(String key, boolean executable, boolean historyTimeToLive, int line) {}

    /** What an attribute refers to. */
    enum Target {
        DELEGATE,
        EXECUTION_LISTENER,
        TASK_LISTENER,
        EXPRESSION,
        CLASS,
        GROUPS,
        USERS,
        DECISION,
        /** Any attribute value or element text holding {@code ${…}} or {@code #{…}}, for {@link ExpressionPolicy}. */
        ANY_EXPRESSION,
        /** A script, a script format or language, an external script resource or a connector. */
        SCRIPT,
        /** A DMN expression language other than FEEL. */
        LANGUAGE,
        /** A FEEL function that calls Java ({@code function(…) external {java: …}}). */
        EXTERNAL_FUNCTION
    }

    /** BPMN and Camunda elements that carry code rather than a rule. */
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script", "connector");

    private static final java.util.regex.Pattern EXTERNAL = java.util.regex.Pattern.compile("\\bexternal\\s*\\{");

    record Reference(Target target, String value, String elementId, int line) {}

    List<String> keys() {
        return definitions.stream().map(Definition::key).toList();
    }

    static ModelScan of(byte[] content) {
        List<Definition> definitions = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        List<ModelProblem> problems = new ArrayList<>();
        ModelKind kind = null;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            boolean root = true;
            String currentId = null;
            StringBuilder text = new StringBuilder();
            int textLine = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (text.isEmpty()) {
                        textLine = line(reader);
                    }
                    text.append(reader.getText());
                    continue;
                }
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    // Text comes in pieces (entities, CDATA); an expression split across them is still one.
                    flushText(text, kind, references, currentId, textLine);
                }
                if (event == XMLStreamConstants.DTD) {
                    problems.add(new ModelProblem(Code.DOCTYPE, "", doctypeLine(content, line(reader))));
                    return new ModelScan(kind, definitions, references, problems);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String ns = reader.getNamespaceURI();
                String name = reader.getLocalName();
                int line = line(reader);
                if (root) {
                    root = false;
                    if ("definitions".equals(name) && BPMN.equals(ns)) {
                        kind = ModelKind.PROCESS;
                    } else if ("definitions".equals(name) && DMN.contains(ns)) {
                        kind = ModelKind.DECISION;
                    } else {
                        problems.add(new ModelProblem(Code.WRONG_ROOT, "<" + reader.getName() + ">", line));
                        return new ModelScan(null, definitions, references, problems);
                    }
                    continue;
                }
                String id = reader.getAttributeValue(null, "id");
                if (id != null) {
                    currentId = id;
                }
                scanForCode(reader, kind, ns, name, currentId, line, references);
                String camunda = kind == ModelKind.PROCESS ? CAMUNDA_BPMN : CAMUNDA_DMN;
                if (kind == ModelKind.PROCESS && BPMN.equals(ns) && "process".equals(name)) {
                    definitions.add(new Definition(
                            id,
                            "true".equals(reader.getAttributeValue(null, "isExecutable")),
                            reader.getAttributeValue(CAMUNDA_BPMN, "historyTimeToLive") != null,
                            line));
                } else if (kind == ModelKind.DECISION && DMN.contains(ns) && "decision".equals(name)) {
                    definitions.add(new Definition(
                            id, true, reader.getAttributeValue(CAMUNDA_DMN, "historyTimeToLive") != null, line));
                }
                boolean listener = CAMUNDA_BPMN.equals(ns) && name.endsWith("Listener");
                Target delegate = !listener
                        ? Target.DELEGATE
                        : "taskListener".equals(name) ? Target.TASK_LISTENER : Target.EXECUTION_LISTENER;
                String elementId = listener ? currentId : (id != null ? id : currentId);
                add(references, delegate, reader.getAttributeValue(camunda, "delegateExpression"), elementId, line);
                add(references, Target.EXPRESSION, reader.getAttributeValue(camunda, "expression"), elementId, line);
                add(references, Target.CLASS, reader.getAttributeValue(camunda, "class"), elementId, line);
                if (kind == ModelKind.PROCESS && listener) {
                    // Listeners use plain attributes inside the camunda namespace element.
                    add(references, delegate, reader.getAttributeValue(null, "delegateExpression"), elementId, line);
                    add(references, Target.EXPRESSION, reader.getAttributeValue(null, "expression"), elementId, line);
                    add(references, Target.CLASS, reader.getAttributeValue(null, "class"), elementId, line);
                }
                add(references, Target.GROUPS, reader.getAttributeValue(camunda, "candidateGroups"), elementId, line);
                add(references, Target.USERS, reader.getAttributeValue(camunda, "candidateUsers"), elementId, line);
                add(references, Target.USERS, reader.getAttributeValue(camunda, "assignee"), elementId, line);
                add(references, Target.DECISION, reader.getAttributeValue(camunda, "decisionRef"), elementId, line);
            }
            if (kind == null) {
                problems.add(ModelProblem.of(Code.NOT_XML, ModelProblem.XmlFault.NO_ELEMENT.name()));
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "" : e.getMessage();
            // A DTD-less reader meets "billion laughs" entities as undeclared references: still a DOCTYPE file.
            // ("must start and end within the same entity" is a file cut off, not an entity.)
            Code code = message.contains("DOCTYPE") || message.contains("was referenced, but not declared")
                    ? Code.DOCTYPE
                    : Code.NOT_XML;
            problems.add(
                    code == Code.DOCTYPE
                            ? new ModelProblem(code, "", doctypeLine(content, line))
                            : new ModelProblem(
                                    code, ModelProblem.XmlFault.of(message).name(), Math.max(line, 0)));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
        return new ModelScan(kind, definitions, references, problems);
    }

    /** Every expression in an attribute, every script and every non-FEEL language, wherever it sits. */
    private static void scanForCode(
            XMLStreamReader reader,
            ModelKind kind,
            String ns,
            String name,
            String elementId,
            int line,
            List<Reference> references) {
        boolean bpmnOrCamunda = BPMN.equals(ns) || CAMUNDA_BPMN.equals(ns) || CAMUNDA_DMN.equals(ns);
        if (bpmnOrCamunda && SCRIPT_ELEMENTS.contains(name)) {
            references.add(new Reference(Target.SCRIPT, "<" + name + ">", elementId, line));
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            if (value == null) {
                continue;
            }
            if (ExpressionPolicy.isExpression(value)) {
                references.add(new Reference(Target.ANY_EXPRESSION, value.strip(), elementId, line));
            }
            if ("scriptFormat".equals(attribute)
                    || "language".equals(attribute)
                    || ("resource".equals(attribute) && CAMUNDA_BPMN.equals(reader.getAttributeNamespace(i)))) {
                references.add(new Reference(Target.SCRIPT, attribute + "=\"" + value + "\"", elementId, line));
            }
            if (kind == ModelKind.DECISION && "expressionLanguage".equals(attribute) && !isFeel(value)) {
                references.add(new Reference(Target.LANGUAGE, value, elementId, line));
            }
        }
    }

    private static void flushText(
            StringBuilder text, ModelKind kind, List<Reference> references, String elementId, int line) {
        if (text.isEmpty()) {
            return;
        }
        String value = text.toString().strip();
        text.setLength(0);
        if (ExpressionPolicy.isExpression(value)) {
            references.add(new Reference(Target.ANY_EXPRESSION, value, elementId, line));
        }
        if (kind == ModelKind.DECISION && EXTERNAL.matcher(value).find()) {
            references.add(new Reference(Target.EXTERNAL_FUNCTION, value, elementId, line));
        }
    }

    /** FEEL by its short name or any of the DMN versions' URIs ({@code …/FEEL/}). */
    private static boolean isFeel(String language) {
        String value = language.strip().toLowerCase(java.util.Locale.ROOT);
        return value.equals("feel") || value.contains("/feel/") || value.endsWith("/feel");
    }

    private static void add(List<Reference> references, Target target, String value, String elementId, int line) {
        if (value != null && !value.isBlank()) {
            references.add(new Reference(target, value.strip(), elementId, line));
        }
    }

    /** The line the DOCTYPE declaration starts on, which is where a person should look. */
    private static int doctypeLine(byte[] content, int fallback) {
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("<!DOCTYPE");
        if (at < 0) {
            return Math.max(fallback, 0);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? 0 : Math.max(reader.getLocation().getLineNumber(), 0);
    }
}
