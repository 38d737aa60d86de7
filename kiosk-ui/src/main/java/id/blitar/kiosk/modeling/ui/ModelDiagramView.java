package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.blitar.kiosk.modeling.service.ModelKind;
import id.blitar.kiosk.modeling.service.ModelService;
import id.blitar.kiosk.modeling.service.ModelService.ActivityCount;
import id.blitar.kiosk.modeling.service.ModelService.Model;
import id.blitar.kiosk.modeling.service.ModelService.Version;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * A read-only diagram of one version (the newest unless {@code ?version=} says otherwise), with the
 * number of running instances, and incidents, on each step; the same counts as a table.
 */
@Route("manage/models/view/:key")
@RolesAllowed("MANAGER")
public class ModelDiagramView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ModelService models;
    private String title = "";

    ModelDiagramView(ModelService models) {
        this.models = models;
        setId("model-diagram");
        addClassNames("staff", "manage", "models", "models-diagram");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getRouteParameters().get("key").orElse("");
        Model model = models.model(key).orElse(null);
        Anchor back = new Anchor("manage/models", getTranslation("models.back.list"));
        if (model == null) {
            add(back, new H1(getTranslation("models.unknown", key)));
            return;
        }
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("version", List.of());
        Version version = model.versions().stream()
                .filter(v -> !asked.isEmpty() && asked.get(0).equals(String.valueOf(v.version())))
                .findFirst()
                .orElse(model.latest());
        title = getTranslation("models.diagram.title", model.name(), version.version());
        add(back, new H1(title));

        Select<Version> versions = new Select<>();
        versions.setLabel(getTranslation("models.version"));
        versions.setId("model-version");
        versions.setWidth("20rem");
        versions.setItems(model.versions());
        versions.setItemLabelGenerator(v -> model.kind() == ModelKind.PROCESS
                ? getTranslation("models.diagram.versionLabel", v.version(), v.running())
                : String.valueOf(v.version()));
        versions.setValue(version);
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        "manage/models/view/" + key,
                        QueryParameters.simple(
                                Map.of("version", String.valueOf(e.getValue().version())))));
            }
        });
        add(versions);

        List<ActivityCount> counts =
                model.kind() == ModelKind.PROCESS ? models.activityCounts(version.definitionId()) : List.of();
        ModelCanvas canvas = new ModelCanvas();
        canvas.addClassName("models-canvas-view");
        Paragraph status = new Paragraph();
        status.setId("model-status");
        status.addClassName("models-status");
        add(canvas, status);
        canvas.open(
                model.kind(),
                models.xml(version.definitionId()).orElse(""),
                true,
                counts,
                error -> status.setText(
                        error == null
                                ? getTranslation("models.diagram.shown")
                                : getTranslation("models.status.importFailed", error)));

        if (model.kind() == ModelKind.PROCESS) {
            Map<String, String> names = models.activityNames(version.definitionId());
            add(new H2(getTranslation("models.diagram.counts")));
            SimpleTable<ActivityCount> table = new SimpleTable<>("model-counts");
            table.column(getTranslation("models.diagram.step"), c -> names.getOrDefault(c.activityId(), c.activityId()))
                    .column(getTranslation("models.diagram.id"), ActivityCount::activityId)
                    .number(getTranslation("models.running"), ActivityCount::active)
                    .number(getTranslation("models.incidents"), ActivityCount::incidents);
            table.setItems(counts);
            table.setVisible(!counts.isEmpty());
            add(table);
            if (counts.isEmpty()) {
                add(new Paragraph(getTranslation("models.diagram.none")));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
