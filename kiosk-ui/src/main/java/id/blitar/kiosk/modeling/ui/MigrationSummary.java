package id.blitar.kiosk.modeling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.blitar.kiosk.modeling.service.ModelService.Deployed;
import id.blitar.kiosk.modeling.service.ModelService.Migration;
import id.blitar.kiosk.modeling.service.ModelService.NotMigrated;

/** What a deployment did: the new version, and which running instances moved to it and which did not. */
final class MigrationSummary extends Div {

    MigrationSummary(Deployed deployed, boolean migrationAsked) {
        setId("model-result");
        addClassName("models-result");
        getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation(
                "models.deployed", deployed.key(), deployed.version().version())));
        Migration migration = deployed.migration();
        if (!migrationAsked || deployed.replacedVersion() == null) {
            return;
        }
        add(new Paragraph(getTranslation(
                "models.migrated", migration.migrated(), deployed.version().version())));
        if (!migration.notMigrated().isEmpty()) {
            Paragraph stayed = new Paragraph(
                    getTranslation("models.notMigrated", migration.notMigrated().size(), deployed.replacedVersion()));
            stayed.addClassName("models-warning");
            add(stayed);
            UnorderedList list = new UnorderedList();
            list.setId("model-not-migrated");
            for (NotMigrated instance : migration.notMigrated()) {
                String who = instance.businessKey() == null
                        ? instance.processInstanceId()
                        : instance.processInstanceId() + " (" + instance.businessKey() + ")";
                list.add(new ListItem(who + ": " + String.join("; ", instance.reasons())));
            }
            add(list);
        }
    }
}
