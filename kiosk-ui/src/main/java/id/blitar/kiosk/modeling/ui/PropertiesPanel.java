package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Camunda properties the engine needs, for the element selected in the BPMN editor: who gets a
 * user task and by when, which application bean a service task calls, which decision a rule task
 * evaluates, a flow's condition, a timer, and the process's history time to live. Choices come from
 * what the application really has (its groups, delegates and decisions), so typos cannot happen here.
 */
class PropertiesPanel extends Div {

    private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

    private final ModelCanvas canvas;
    private final List<String> groups;
    private final List<String> delegates;
    private final List<String> decisions;

    PropertiesPanel(ModelCanvas canvas, List<String> groups, List<String> delegates, List<String> decisions) {
        this.canvas = canvas;
        this.groups = groups;
        this.delegates = delegates;
        this.decisions = decisions;
        setId("model-properties");
        addClassName("models-properties");
        add(new Paragraph(getTranslation("models.properties.none")));
    }

    void show(JsonObject info) {
        removeAll();
        String id = info.getString("id");
        String type = info.getString("type");
        add(new H3(getTranslation("models.properties.title")));
        Paragraph what = new Paragraph(type.replace("bpmn:", "") + " · " + id);
        what.addClassName("models-element");
        what.setId("model-selected");
        add(what);

        JsonObject changes = Json.createObject();
        List<Runnable> collect = new ArrayList<>();

        TextField name = text("models.properties.name", info.getString("name"), "model-prop-name");
        collect.add(() -> changes.put("name", name.getValue().strip()));
        add(name);

        if (type.equals("bpmn:UserTask")) {
            MultiSelectComboBox<String> candidates =
                    new MultiSelectComboBox<>(getTranslation("models.properties.groups"));
            candidates.setId("model-prop-groups");
            Set<String> chosen = split(info.getString("candidateGroups"));
            Set<String> items = new LinkedHashSet<>(groups);
            items.addAll(chosen);
            candidates.setItems(items);
            candidates.setValue(chosen);
            candidates.setHelperText(getTranslation("models.properties.groups.help"));
            collect.add(() -> changes.put("candidateGroups", String.join(",", candidates.getSelectedItems())));
            TextField due = text("models.properties.dueDate", info.getString("dueDate"), "model-prop-due");
            due.setHelperText(getTranslation("models.properties.dueDate.help"));
            collect.add(() -> changes.put("dueDate", due.getValue().strip()));
            TextField priority = text("models.properties.priority", info.getString("priority"), "model-prop-priority");
            collect.add(() -> changes.put("priority", priority.getValue().strip()));
            add(candidates, due, priority);
        }
        if (type.equals("bpmn:ServiceTask")
                || type.equals("bpmn:SendTask")
                || !info.getString("delegateExpression").isEmpty()) {
            ComboBox<String> delegate = new ComboBox<>(getTranslation("models.properties.delegate"));
            delegate.setId("model-prop-delegate");
            Set<String> items = new LinkedHashSet<>(delegates);
            String current = bean(info.getString("delegateExpression"));
            if (current != null) {
                items.add(current);
            }
            delegate.setItems(items);
            delegate.setValue(current);
            delegate.setHelperText(getTranslation("models.properties.delegate.help"));
            collect.add(() -> changes.put("delegateExpression", expression(delegate.getValue())));
            add(delegate);
        }
        if (type.equals("bpmn:BusinessRuleTask")) {
            ComboBox<String> decision = new ComboBox<>(getTranslation("models.properties.decision"));
            decision.setId("model-prop-decision");
            Set<String> items = new LinkedHashSet<>(decisions);
            if (!info.getString("decisionRef").isEmpty()) {
                items.add(info.getString("decisionRef"));
            }
            decision.setItems(items);
            decision.setValue(info.getString("decisionRef").isEmpty() ? null : info.getString("decisionRef"));
            collect.add(() -> changes.put("decisionRef", decision.getValue() == null ? "" : decision.getValue()));
            add(decision);
        }
        if (type.endsWith("Task")) {
            Checkbox async = new Checkbox(getTranslation("models.properties.async"), info.getBoolean("asyncBefore"));
            async.setId("model-prop-async");
            collect.add(() -> changes.put("asyncBefore", async.getValue()));
            add(async);
        }
        if (info.getBoolean("hasCondition")) {
            TextField condition =
                    text("models.properties.condition", info.getString("condition"), "model-prop-condition");
            condition.setHelperText(getTranslation("models.properties.condition.help"));
            collect.add(() -> changes.put("condition", condition.getValue().strip()));
            add(condition);
        }
        if (info.getBoolean("hasTimer")) {
            Select<String> kind = new Select<>();
            kind.setLabel(getTranslation("models.properties.timerKind"));
            kind.setId("model-prop-timer-kind");
            kind.setItems("timeDuration", "timeDate", "timeCycle");
            kind.setItemLabelGenerator(k -> getTranslation("models.properties.timer." + k));
            kind.setValue(info.getString("timerKind"));
            TextField value = text("models.properties.timerValue", info.getString("timerValue"), "model-prop-timer");
            value.setHelperText(getTranslation("models.properties.timer.help"));
            collect.add(() -> {
                changes.put("timerKind", kind.getValue());
                changes.put("timerValue", value.getValue().strip());
            });
            add(kind, value);
        }
        if (type.equals("bpmn:Process")) {
            TextField ttl = text("models.properties.ttl", info.getString("historyTimeToLive"), "model-prop-ttl");
            ttl.setHelperText(getTranslation("models.properties.ttl.help"));
            TextField tag = text("models.properties.versionTag", info.getString("versionTag"), "model-prop-tag");
            collect.add(() -> {
                changes.put("historyTimeToLive", ttl.getValue().strip());
                changes.put("versionTag", tag.getValue().strip());
            });
            add(ttl, tag);
        }
        Button apply = new Button(getTranslation("models.properties.apply"), e -> {
            collect.forEach(Runnable::run);
            canvas.update(id, onlyChanged(info, changes));
        });
        apply.setId("model-prop-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(apply);
    }

    /**
     * Only what the manager changed goes to the diagram: applying a panel must not rewrite, say, a
     * script condition the panel only shows as text.
     */
    private static JsonObject onlyChanged(JsonObject before, JsonObject after) {
        JsonObject changed = Json.createObject();
        for (String key : after.keys()) {
            if (key.startsWith("timer")) {
                continue;
            }
            if (!before.hasKey(key)
                    || !before.get(key).toJson().equals(after.get(key).toJson())) {
                changed.put(key, (JsonValue) after.get(key));
            }
        }
        if (after.hasKey("timerValue")
                && (!after.getString("timerValue").equals(before.getString("timerValue"))
                        || !String.valueOf(((JsonValue) after.get("timerKind")).asString())
                                .equals(before.getString("timerKind")))) {
            changed.put("timerKind", (JsonValue) after.get("timerKind"));
            changed.put("timerValue", (JsonValue) after.get("timerValue"));
        }
        return changed;
    }

    private TextField text(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private static Set<String> split(String value) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(names::add);
        return names;
    }

    private static String expression(String bean) {
        if (bean == null || bean.isBlank()) {
            return "";
        }
        String value = bean.strip();
        return value.startsWith("${") || value.startsWith("#{") ? value : "${" + value + "}";
    }

    private static String bean(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        Matcher matcher = BEAN.matcher(expression.strip());
        return matcher.matches() ? matcher.group(1) : expression;
    }
}
