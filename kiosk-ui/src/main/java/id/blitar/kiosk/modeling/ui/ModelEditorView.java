package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.ui.UploadTexts;
import id.blitar.kiosk.modeling.service.ModelKind;
import id.blitar.kiosk.modeling.service.ModelProblem;
import id.blitar.kiosk.modeling.service.ModelService;
import id.blitar.kiosk.modeling.service.ModelService.Deployed;
import id.blitar.kiosk.modeling.service.ModelService.Model;
import id.blitar.kiosk.modeling.service.ModelService.Outcome;
import id.blitar.kiosk.modeling.service.ModelService.Refused;
import id.blitar.kiosk.modeling.service.ModelValidator;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The browser editor for one model: bpmn-js (with a panel for the Camunda properties) or dmn-js's
 * decision table, the newest version loaded. "Periksa" runs every check without deploying; "Pasang"
 * deploys a new version and, if asked, moves the running instances to it. A file from Camunda
 * Modeler can be opened here, and the editor's XML downloaded to continue there.
 */
@Route("manage/models/edit/:key")
@RolesAllowed("MANAGER")
public class ModelEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Problems that mean the file cannot be shown in the editor at all. */
    private static final Set<ModelProblem.Code> UNREADABLE = EnumSet.of(
            ModelProblem.Code.EMPTY,
            ModelProblem.Code.TOO_LARGE,
            ModelProblem.Code.NOT_XML,
            ModelProblem.Code.DOCTYPE,
            ModelProblem.Code.WRONG_ROOT);

    private final ModelService models;
    private final String user;
    private final ModelCanvas canvas = new ModelCanvas();
    private final ProblemList problems = new ProblemList();
    private final Div result = new Div();
    private final Span status = new Span();
    private final Paragraph hint = new Paragraph();
    private final Checkbox migrate;
    private Model model;
    private String title = "";

    ModelEditorView(ModelService models, AuthenticationContext authentication) {
        this.models = models;
        this.user = authentication.getPrincipalName().orElse("?");
        setId("model-editor");
        addClassNames("staff", "manage", "models", "models-editor");
        migrate = new Checkbox(getTranslation("models.migrate"), true);
        migrate.setId("model-migrate");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        model = models.model(key).orElse(null);
        removeAll();
        Anchor back = new Anchor("manage/models", getTranslation("models.back.list"));
        back.setId("model-back");
        if (model == null) {
            add(back, new H1(getTranslation("models.unknown", key)));
            return;
        }
        title = getTranslation("models.edit.title", model.name());
        add(back, new H1(title));
        hint.setText(hintText());
        add(hint);

        Button check = new Button(getTranslation("models.check"), e -> withXml(this::check));
        check.setId("model-check");
        Button deploy = new Button(getTranslation("models.deploy"), e -> withXml(this::deploy));
        deploy.setId("model-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button download = new Button(
                getTranslation("models.downloadEditor"),
                e -> canvas.download(model.key() + model.kind().extension()));
        download.setId("model-download-editor");
        Upload open = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> openFile(data));
            } else {
                openFile(data);
            }
        }));
        open.setId("model-open-file");
        UploadTexts.apply(open);
        open.setAcceptedFileTypes(".bpmn", ".dmn", ".xml");
        open.setMaxFiles(1);
        open.setMaxFileSize(8 * ModelValidator.MAX_BYTES);
        open.setUploadButton(new Button(getTranslation("models.openFile")));
        open.setDropAllowed(false);
        open.addClassName("models-open");
        status.setId("model-status");
        status.addClassName("models-status");
        status.setText(getTranslation("models.status.loading"));
        HorizontalLayout toolbar = new HorizontalLayout(check, deploy);
        if (model.kind() == ModelKind.PROCESS) {
            toolbar.add(migrate);
        }
        toolbar.add(download, open, status);
        toolbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        toolbar.setWrap(true);
        toolbar.addClassName("models-toolbar");
        add(toolbar, problems, result);

        Div workspace = new Div(canvas);
        workspace.addClassName("models-workspace");
        if (model.kind() == ModelKind.PROCESS) {
            PropertiesPanel panel =
                    new PropertiesPanel(canvas, models.groups(), models.delegates(), models.decisionKeys());
            canvas.onSelect(panel::show);
            workspace.add(panel);
        } else {
            workspace.addClassName("models-workspace-wide");
        }
        canvas.onChange(() -> status.setText(getTranslation("models.status.changed")));
        add(workspace);
        String xml = models.xml(model.latest().definitionId()).orElse("");
        show(xml, getTranslation("models.status.loaded", model.latest().version()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private String hintText() {
        String key = model.kind() == ModelKind.PROCESS ? "models.edit.hint" : "models.edit.hint.decision";
        return getTranslation(key, model.latest().version(), model.latest().version() + 1);
    }

    private void show(String xml, String loadedText) {
        canvas.open(model.kind(), xml, false, List.of(), error -> {
            if (error == null) {
                status.setText(loadedText);
            } else {
                status.setText(getTranslation("models.status.importFailed", error));
            }
        });
    }

    private void withXml(java.util.function.Consumer<byte[]> action) {
        canvas.save(
                xml -> action.accept(xml.getBytes(StandardCharsets.UTF_8)),
                error -> status.setText(getTranslation("models.status.saveFailed", error)));
    }

    private void check(byte[] xml) {
        result.removeAll();
        List<ModelProblem> found = models.check(model.key(), xml).problems();
        problems.show(found);
        if (found.isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation("models.check.ok"));
            ok.setId("model-check-ok");
            ok.addClassName("models-ok");
            result.add(ok);
        }
    }

    private void deploy(byte[] xml) {
        result.removeAll();
        Outcome outcome =
                models.deploy(model.key(), model.key() + model.kind().extension(), xml, user, migrate.getValue());
        if (outcome instanceof Refused refused) {
            problems.show(refused.problems());
            return;
        }
        Deployed deployed = (Deployed) outcome;
        problems.clear();
        result.add(new MigrationSummary(deployed, migrate.getValue()));
        model = models.model(model.key()).orElse(model);
        status.setText(
                getTranslation("models.status.deployed", deployed.version().version()));
        hint.setText(hintText());
    }

    private void openFile(byte[] data) {
        result.removeAll();
        ModelValidator.Checked checked = models.check(model.key(), data);
        problems.show(checked.problems());
        boolean readable = checked.problems().stream().noneMatch(p -> UNREADABLE.contains(p.code()));
        if (readable && checked.kind() == model.kind()) {
            show(new String(data, StandardCharsets.UTF_8), getTranslation("models.status.fileOpened"));
            status.setText(getTranslation("models.status.fileOpened"));
        }
    }
}
