package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.modeling.service.ModelService;
import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.poll.process.TapResult;
import id.blitar.kiosk.server.ServerIT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The models page in a real browser at an office screen's size: a broken upload is refused with its
 * line and nothing is deployed; the exit poll is edited in bpmn-js (a step renamed in the properties
 * panel), checked and deployed as a new version with its running instances moved, and every Camunda
 * attribute survives the editor; the diagram shows instance counts; the decision table opens in
 * dmn-js; a rollback makes the shipped version the newest again; librarians cannot open the page.
 */
class ModelsBrowserIT extends ServerIT {

    private static final Pattern CAMUNDA_ATTRIBUTE = Pattern.compile("camunda:[A-Za-z]+=\"[^\"]*\"");
    private static final String POLL = PollProcess.KEY;

    @Autowired
    ModelService models;

    @Autowired
    PollProcess polls;

    @AfterEach
    void shippedModelsStayTheNewest() {
        for (String key : List.of(POLL, "question-routing")) {
            if (!models.isShipped(key)) {
                models.restoreShipped(key, "test", true);
            }
        }
    }

    @Test
    void shouldRefuseABrokenFileEditDeployShowAndRollBackAModel() throws IOException {
        String shippedXml = shipped("/bpmn/exit-poll.bpmn");
        TapResult tap = polls.tap("Kios uji model " + UUID.randomUUID(), Mood.HAPPY);
        assertThat(tap).isInstanceOf(TapResult.Counted.class);
        int before = models.model(POLL).orElseThrow().latest().version();

        try (Browser manager = new Browser(1366, 900)) {
            ModelsViewElement list = new StaffViewElement(manager)
                    .signIn(url(""), "kepala", "kepala123")
                    .openModels()
                    .waitForModel("exit-poll");
            assertThat(list.list())
                    .contains("Survei kepuasan di pintu keluar", "question-routing", "visit", "ask-librarian");
            manager.checkAndScreenshot("100-models-list");

            // A file edited elsewhere with a group that does not exist: refused, with the line.
            Path broken = Files.createTempFile("exit-poll", ".bpmn");
            Files.writeString(
                    broken,
                    shippedXml.replace(
                            "camunda:candidateGroups=\"managers\"", "camunda:candidateGroups=\"kepala-perpustakaan\""));
            list.upload(broken);
            list.waitForProblems("kepala-perpustakaan");
            assertThat(list.problems())
                    .contains("File tidak dipasang: 1 masalah")
                    .contains("Baris 61:")
                    .contains("Grup petugas tidak ada: kepala-perpustakaan (Task_ReviewFeedback)");
            assertThat(models.model(POLL).orElseThrow().latest().version())
                    .as("nothing deployed")
                    .isEqualTo(before);
            manager.checkAndScreenshot("101-models-upload-refused");

            // Edit in the browser: rename the follow-up step in the properties panel.
            ModelEditorViewElement editor = list.edit("exit-poll").waitForStatus("Versi " + before + " dimuat");
            editor.select("Task_ReviewFeedback");
            assertThat(editor.groups()).contains("managers");
            editor.rename("Tinjau masukan pengunjung");
            editor.waitForStatus("Ada perubahan yang belum dipasang");
            // Visitors get 15 minutes instead of 10 to add details: the timer of "Pengunjung sudah pergi".
            editor.select("Event_NoDetails");
            assertThat(editor.timer()).isEqualTo("PT10M");
            editor.setTimer("PT15M");
            editor.waitForTimer("PT15M");
            // Undo and redo reach the timer too (it goes through bpmn-js' command stack).
            editor.undo();
            editor.waitForTimer("PT10M");
            editor.redo();
            editor.waitForTimer("PT15M");
            manager.checkAndScreenshot("102-models-editor-properties");

            editor.check("Tidak ada masalah");
            editor.deploy();
            editor.waitForResult("dipasang sebagai versi " + (before + 1));
            assertThat(editor.result()).contains("dipindahkan ke versi " + (before + 1));
            manager.checkAndScreenshot("103-models-deployed");

            ModelService.Version deployed = models.model(POLL).orElseThrow().latest();
            assertThat(deployed.version()).isEqualTo(before + 1);
            assertThat(deployed.deployedBy()).isEqualTo("kepala");
            String editedXml = models.xml(deployed.definitionId()).orElseThrow();
            assertThat(editedXml).contains("name=\"Tinjau masukan pengunjung\"").contains(">PT15M<");
            assertThat(camundaAttributes(editedXml))
                    .as("every Camunda attribute survives the browser editor")
                    .isEqualTo(camundaAttributes(shippedXml));

            // Camunda's extension elements (retry cycles, form fields) survive the editor as well.
            ModelEditorViewElement ask = new ModelEditorViewElement(manager)
                    .open(url(""), "ask-librarian")
                    .waitForStatus("dimuat");
            String askShipped = shipped("/bpmn/ask-librarian.bpmn");
            String askSaved = ask.xml();
            assertThat(camundaAttributes(askSaved)).isEqualTo(camundaAttributes(askShipped));
            assertThat(count(askSaved, "<camunda:failedJobRetryTimeCycle>"))
                    .isEqualTo(count(askShipped, "<camunda:failedJobRetryTimeCycle>"))
                    .isPositive();

            // The diagram of the running version with its counts.
            ModelDiagramViewElement diagram = new ModelDiagramViewElement(manager).open(url(""), "exit-poll");
            diagram.waitForStatus("Angka pada langkah");
            assertThat(diagram.counts()).contains("Menunggu isian tambahan");
            manager.checkAndScreenshot("104-models-diagram");

            // The decision table in dmn-js.
            ModelEditorViewElement routing = new ModelEditorViewElement(manager)
                    .open(url(""), "question-routing")
                    .waitForStatus("dimuat");
            assertThat(routing.decisionTable()).contains("Rute pertanyaan pengunjung");
            manager.checkAndScreenshot("105-models-decision-table");

            // Roll back to the shipped version.
            list = new ModelsViewElement(manager).open(url(""));
            String href = list.downloadAddress("exit-poll");
            assertThat(fetch(manager, href)).contains("Tinjau masukan pengunjung");
            list.rollBack("exit-poll");
            list.waitForResult("dipasang sebagai versi " + (before + 2));
            assertThat(models.isShipped(POLL)).isTrue();
            assertThat(list.changes()).contains("Kembali ke versi sebelumnya", "Versi baru");
            manager.checkAndScreenshot("106-models-rolled-back");

            // A file edited in Camunda Modeler, uploaded and deployed; then back to the shipped model.
            Path fromModeler = Files.createTempFile("exit-poll-modeler", ".bpmn");
            Files.writeString(fromModeler, shippedXml.replace("name=\"Tinjau masukan\"", "name=\"Tinjau keluhan\""));
            list.upload(fromModeler);
            list.waitForUploadChecked("lolos pemeriksaan");
            list.deployUpload();
            list.waitForResult("dipasang sebagai versi " + (before + 3));
            assertThat(models.xml(models.model(POLL).orElseThrow().latest().definitionId()))
                    .get()
                    .asString()
                    .contains("name=\"Tinjau keluhan\"");
            list.backToShipped("exit-poll");
            list.waitForResult("dipasang sebagai versi " + (before + 4));
            assertThat(models.isShipped(POLL)).isTrue();
            assertThat(list.changes()).contains("Kembali ke model bawaan");
        }

        try (Browser librarian = new Browser(1366, 900)) {
            new StaffViewElement(librarian).signIn(url(""), "rujukan", "rujukan123");
            librarian.open(url("/manage/models"));
            assertThat(new ModelsViewElement(librarian).isShown()).isFalse();
        }
    }

    private static String fetch(Browser browser, String href) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.jsReturnsValue("return document.readyState === 'complete';"));
        Object text = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)
                    .catch(e => done('failed: ' + e));
                """, href);
        return String.valueOf(text);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static Set<String> camundaAttributes(String xml) {
        Set<String> attributes = new TreeSet<>();
        Matcher matcher = CAMUNDA_ATTRIBUTE.matcher(xml.replace("&#34;", "&quot;"));
        while (matcher.find()) {
            attributes.add(matcher.group());
        }
        return attributes;
    }

    private static String shipped(String path) throws IOException {
        try (InputStream in = ModelsBrowserIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
