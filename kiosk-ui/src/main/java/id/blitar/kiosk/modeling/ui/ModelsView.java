package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.blitar.kiosk.base.ui.DateTexts;
import id.blitar.kiosk.base.ui.UploadTexts;
import id.blitar.kiosk.modeling.domain.ModelChange;
import id.blitar.kiosk.modeling.service.ModelService;
import id.blitar.kiosk.modeling.service.ModelService.Deployed;
import id.blitar.kiosk.modeling.service.ModelService.Model;
import id.blitar.kiosk.modeling.service.ModelService.Outcome;
import id.blitar.kiosk.modeling.service.ModelService.Refused;
import id.blitar.kiosk.modeling.service.ModelService.Version;
import id.blitar.kiosk.modeling.service.ModelValidator;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The managers' models page: every process and decision with its versions and running instances,
 * XML download, the diagram with live counts, the browser editor, uploading a file from Camunda
 * Modeler (checked before anything is deployed), rolling back and returning to the shipped model.
 */
@Route("manage/models")
@RolesAllowed("MANAGER")
public class ModelsView extends Div implements HasDynamicTitle {

    private final ModelService models;
    private final String user;
    private final Div list = new Div();
    private final Div uploadResult = new Div();
    private final ProblemList problems = new ProblemList();
    private final SimpleTable<ModelChange> changes = new SimpleTable<>("model-changes");
    // An empty grid is a table without rows, which screen readers (and axe) reject: say it in words.
    private final Paragraph noChanges = new Paragraph();

    ModelsView(ModelService models, AuthenticationContext authentication) {
        this.models = models;
        this.user = authentication.getPrincipalName().orElse("?");
        setId("models");
        addClassNames("staff", "manage", "models");

        Anchor back = new Anchor("staff", getTranslation("models.back"));
        add(back, new H1(getTranslation("models.title")), new Paragraph(getTranslation("models.hint")));

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            Runnable show = () -> uploaded(metadata.fileName(), data);
            if (ui != null) {
                ui.access(show::run);
            } else {
                show.run();
            }
        }));
        upload.setId("model-upload");
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(".bpmn", ".dmn", ".xml");
        upload.setMaxFiles(1);
        // Larger files are read so the checker can say how large; it refuses anything over 1 MB.
        upload.setMaxFileSize(8 * ModelValidator.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("models.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("models.upload.button")));
        Div uploadBox = new Div(
                new H2(getTranslation("models.upload.title")),
                new Paragraph(getTranslation("models.upload.hint")),
                upload,
                problems,
                uploadResult);
        uploadBox.addClassName("models-upload");
        list.setId("model-list");
        list.addClassName("models-list");

        changes.column(getTranslation("models.changes.when"), c -> DateTexts.dateTime(c.getChangedAt()))
                .column(getTranslation("models.changes.who"), ModelChange::getChangedBy)
                .column(getTranslation("models.changes.model"), ModelChange::getDefinitionKey)
                .column(
                        getTranslation("models.changes.action"),
                        c -> getTranslation("models.action." + c.getAction().name()))
                .column(
                        getTranslation("models.changes.version"),
                        c -> c.getReplacedVersion() == null
                                ? String.valueOf(c.getVersion())
                                : c.getReplacedVersion() + " \u2192 " + c.getVersion())
                .column(
                        getTranslation("models.changes.instances"),
                        c -> c.getMigrated() + c.getNotMigrated() == 0
                                ? "\u2013"
                                : getTranslation("models.changes.moved", c.getMigrated(), c.getNotMigrated()));
        noChanges.setId("model-no-changes");

        add(list, uploadBox, new H2(getTranslation("models.changes.title")), noChanges, changes);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("models.title");
    }

    private void refresh() {
        list.removeAll();
        for (Model model : models.catalogue()) {
            list.add(card(model));
        }
        List<ModelChange> recent = models.recentChanges();
        changes.setItems(recent);
        changes.setVisible(!recent.isEmpty());
        noChanges.setText(getTranslation("models.changes.empty"));
        noChanges.setVisible(recent.isEmpty());
    }

    private Div card(Model model) {
        Div card = new Div();
        card.addClassName("models-card");
        card.setId("model-" + model.key());
        Span kind = new Span(getTranslation("models.kind." + model.kind().name()));
        kind.addClassName("models-kind");
        HorizontalLayout title = new HorizontalLayout(new H2(model.name()), kind);
        title.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Span key = new Span(model.key());
        key.addClassName("models-key");
        Version latest = model.latest();
        Paragraph summary = new Paragraph(summary(model, latest));
        summary.addClassName("models-summary");
        card.add(title, key, summary);

        Anchor view = new Anchor("manage/models/view/" + model.key(), getTranslation("models.view"));
        view.addClassName("models-action");
        Anchor edit = new Anchor("manage/models/edit/" + model.key(), getTranslation("models.edit"));
        edit.addClassNames("models-action", "models-primary");
        edit.setId("model-edit-" + model.key());
        Anchor download = download(model, latest, getTranslation("models.download"));
        download.setId("model-download-" + model.key());
        HorizontalLayout actions = new HorizontalLayout(edit, view, download);
        actions.setWrap(true);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        model.previous().ifPresent(previous -> {
            Button rollback = new Button(
                    getTranslation("models.rollback", previous.version()),
                    e -> confirm(
                            getTranslation("models.rollback.confirm", model.name(), previous.version()),
                            model,
                            migrate -> models.rollback(model.key(), user, migrate)));
            rollback.setId("model-rollback-" + model.key());
            actions.add(rollback);
        });
        if (!models.isShipped(model.key())) {
            Button shipped = new Button(
                    getTranslation("models.shipped"),
                    e -> confirm(
                            getTranslation("models.shipped.confirm", model.name()),
                            model,
                            migrate -> models.restoreShipped(model.key(), user, migrate)));
            shipped.setId("model-shipped-" + model.key());
            actions.add(shipped);
        }
        card.add(actions);

        SimpleTable<Version> versions = new SimpleTable<>("model-versions-" + model.key());
        versions.number(getTranslation("models.version"), Version::version)
                .column(
                        getTranslation("models.deployedAt"),
                        v -> v.deployedAt() == null ? "" : DateTexts.dateTime(v.deployedAt()))
                .column(
                        getTranslation("models.deployedBy"),
                        v -> v.deployedBy() == null ? getTranslation("models.byApplication") : v.deployedBy());
        if (model.kind() == id.blitar.kiosk.modeling.service.ModelKind.PROCESS) {
            versions.number(getTranslation("models.running"), Version::running)
                    .number(getTranslation("models.incidents"), Version::incidents);
        }
        versions.column(getTranslation("models.actions"), v -> versionActions(model, v));
        versions.setItems(model.versions());
        Details all =
                new Details(getTranslation("models.versions", model.versions().size()), versions);
        all.addClassName("models-versions");
        card.add(all);
        return card;
    }

    private String summary(Model model, Version latest) {
        String when = latest.deployedAt() == null ? "" : DateTexts.dateTime(latest.deployedAt());
        String who = latest.deployedBy() == null ? getTranslation("models.byApplication") : latest.deployedBy();
        String text = getTranslation("models.summary", latest.version(), when, who);
        if (model.kind() == id.blitar.kiosk.modeling.service.ModelKind.PROCESS) {
            long older = model.versions().stream()
                    .skip(1)
                    .mapToLong(Version::running)
                    .sum();
            text += " " + getTranslation("models.summary.running", latest.running(), older);
        }
        return text;
    }

    private HorizontalLayout versionActions(Model model, Version version) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(download(model, version, getTranslation("models.xml")));
        if (model.kind() == id.blitar.kiosk.modeling.service.ModelKind.PROCESS) {
            Anchor view = new Anchor(
                    "manage/models/view/" + model.key() + "?version=" + version.version(),
                    getTranslation("models.view"));
            actions.add(view);
            if (version.running() > 0 && version.version() != model.latest().version()) {
                Button move = new Button(
                        getTranslation("models.migrateTo", model.latest().version()), e -> {
                            var migration = models.moveInstances(model.key(), version, model.latest(), user);
                            uploadResult.removeAll();
                            problems.clear();
                            Deployed shown = new Deployed(model.key(), model.latest(), version.version(), migration);
                            uploadResult.add(new MigrationSummary(shown, true));
                            refresh();
                            uploadResult.scrollIntoView();
                        });
                move.setId("model-migrate-" + model.key() + "-" + version.version());
                move.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(move);
            }
        }
        return actions;
    }

    private Anchor download(Model model, Version version, String label) {
        String fileName = model.key() + "-v" + version.version() + model.kind().extension();
        StreamResource resource = new StreamResource(
                fileName,
                () -> new ByteArrayInputStream(
                        models.xml(version.definitionId()).orElse("").getBytes(StandardCharsets.UTF_8)));
        resource.setContentType("application/xml");
        Anchor anchor = new Anchor(resource, label);
        anchor.getElement().setAttribute("download", fileName);
        anchor.addClassName("models-action");
        return anchor;
    }

    private void uploaded(String fileName, byte[] data) {
        uploadResult.removeAll();
        ModelValidator.Checked checked = models.check(null, data);
        problems.show(checked.problems());
        if (!checked.ok()) {
            return;
        }
        String key = checked.keys().get(0);
        Paragraph ready = new Paragraph(getTranslation("models.upload.ok", fileName, key));
        ready.setId("model-upload-ok");
        Checkbox migrate = migrateBox();
        Button deploy = new Button(getTranslation("models.deploy"), e -> {
            Outcome outcome = models.deploy(key, fileName, data, user, migrate.getValue());
            showOutcome(outcome, migrate.getValue());
        });
        deploy.setId("model-upload-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        uploadResult.add(ready, migrate, deploy);
    }

    private void showOutcome(Outcome outcome, boolean migrate) {
        uploadResult.removeAll();
        if (outcome instanceof Refused refused) {
            problems.show(refused.problems());
        } else if (outcome instanceof Deployed deployed) {
            problems.clear();
            uploadResult.add(new MigrationSummary(deployed, migrate));
        }
        refresh();
        uploadResult.scrollIntoView();
    }

    private Checkbox migrateBox() {
        Checkbox migrate = new Checkbox(getTranslation("models.migrate"), true);
        migrate.setId("model-migrate");
        return migrate;
    }

    private void confirm(String question, Model model, java.util.function.Function<Boolean, Outcome> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(model.name());
        Checkbox migrate = migrateBox();
        dialog.add(new Paragraph(question));
        if (model.kind() == id.blitar.kiosk.modeling.service.ModelKind.PROCESS) {
            dialog.add(migrate);
        }
        Button yes = new Button(getTranslation("models.confirm.yes"), e -> {
            dialog.close();
            showOutcome(action.apply(migrate.getValue()), migrate.getValue());
        });
        yes.setId("model-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("models.confirm.no"), e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }
}
