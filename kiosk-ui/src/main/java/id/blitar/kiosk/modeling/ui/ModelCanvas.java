package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import id.blitar.kiosk.modeling.service.ModelKind;
import id.blitar.kiosk.modeling.service.ModelService.ActivityCount;
import java.util.List;

/**
 * bpmn-js or dmn-js in a Vaadin component (scripts/models.js drives them): an editor that reports the
 * selected element and every change, or a read-only diagram with instance counts on its activities.
 */
class ModelCanvas extends Div {

    private static final String BPMN_ASSETS = "webjars/bpmn-js/8.0.0/dist/assets/";
    private static final String DMN_ASSETS = "webjars/dmn-js/10.0.0/dist/assets/";

    private SerializableConsumer<JsonObject> onSelect = info -> {};
    private Runnable onChange = () -> {};

    ModelCanvas() {
        setId("model-canvas");
        addClassName("models-canvas");
        getElement().setAttribute("tabindex", "0");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.addStyleSheet(BPMN_ASSETS + "diagram-js.css");
        page.addStyleSheet(BPMN_ASSETS + "bpmn-font/css/bpmn-embedded.css");
        page.addStyleSheet(DMN_ASSETS + "dmn-js-shared.css");
        page.addStyleSheet(DMN_ASSETS + "dmn-js-drd.css");
        page.addStyleSheet(DMN_ASSETS + "dmn-js-decision-table.css");
        page.addStyleSheet(DMN_ASSETS + "dmn-js-decision-table-controls.css");
        page.addStyleSheet(DMN_ASSETS + "dmn-js-literal-expression.css");
        page.addStyleSheet(DMN_ASSETS + "dmn-font/css/dmn-embedded.css");
        page.addJavaScript("scripts/models.js");
    }

    void onSelect(SerializableConsumer<JsonObject> onSelect) {
        this.onSelect = onSelect;
    }

    void onChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Shows {@code xml}; {@code whenDone} gets null when it opened, or the import error. */
    void open(
            ModelKind kind,
            String xml,
            boolean readOnly,
            List<ActivityCount> counts,
            SerializableConsumer<String> whenDone) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < counts.size(); i++) {
            JsonObject count = Json.createObject();
            count.put("activityId", counts.get(i).activityId());
            count.put("active", counts.get(i).active());
            count.put("incidents", counts.get(i).incidents());
            array.set(i, count);
        }
        getElement()
                .executeJs("return window.kioskModels.open(this, $0, $1, $2, $3)", kind.name(), xml, readOnly, array)
                .then(ok -> whenDone.accept(null), error -> whenDone.accept(error));
    }

    /** Hands the editor's current XML to {@code whenSaved}, or its error to {@code whenFailed}. */
    void save(SerializableConsumer<String> whenSaved, SerializableConsumer<String> whenFailed) {
        getElement().executeJs("return window.kioskModels.save(this)").then(String.class, whenSaved, whenFailed);
    }

    void update(String elementId, JsonObject properties) {
        getElement().executeJs("window.kioskModels.update(this, $0, $1)", elementId, properties);
    }

    void select(String elementId) {
        getElement().executeJs("window.kioskModels.select(this, $0)", elementId);
    }

    void download(String fileName) {
        getElement().executeJs("return window.kioskModels.download(this, $0)", fileName);
    }

    @ClientCallable
    private void selected(JsonObject info) {
        onSelect.accept(info);
    }

    @ClientCallable
    private void changed() {
        onChange.run();
    }
}
