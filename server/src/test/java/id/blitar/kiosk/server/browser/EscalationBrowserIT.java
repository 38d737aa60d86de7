package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.AskResult;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.process.WorkItem;
import id.blitar.kiosk.question.service.FaqCatalogue;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.server.ServerIT;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worklist paths the walk-in test does not take, in real browsers: an overdue ticket reaches the
 * duty supervisor, who reassigns it with a note; the new group moves it on with a note; the answer is
 * published to the kiosk FAQ from the worklist.
 */
class EscalationBrowserIT extends ServerIT {

    @Autowired
    QuestionProcess questionProcess;

    @Autowired
    QuestionWorklist questionWorklist;

    @Autowired
    FaqCatalogue faqCatalogue;

    @Autowired
    QuestionService questions;

    @Autowired
    ManagementService management;

    @Test
    void shouldEscalateReassignTransferAnswerAndPublishATicket() {
        String word = "curah" + UUID.randomUUID().toString().substring(0, 5);
        var ticket = (AskResult.Ticketed) questionProcess.ask(new NewQuestion(
                Topic.RESEARCH, "Data " + word + " hujan Blitar 2010-2020?", null, Channel.PICK_UP, null, "Kios"));
        long id = ticket.questionId();
        // The deadline passes: the boundary timer fires now instead of in three days.
        String pi = questions.find(id).orElseThrow().getProcessInstanceId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .singleResult()
                .getId());

        try (Browser supervisor = new Browser(1366, 900)) {
            new StaffViewElement(supervisor).signIn(url(""), "kepala", "kepala123");
            WorklistViewElement worklist = new WorklistViewElement(supervisor).waitUntilShown();
            worklist.claimReview(id);
            worklist.prepareReassignment(id, "Layanan anak", "Tim anak punya data sekolah");
            supervisor.screenshot("80-worklist-supervisor-review");
            worklist.reassign(id);
            worklist.waitForNotice("");
        }
        assertThat(questions.find(id).orElseThrow().getCandidateGroup()).isEqualTo("children");
        assertThat(questionWorklist.groupTasks("anak"))
                .extracting(WorkItem::questionId)
                .contains(id);

        try (Browser children = new Browser(1366, 900)) {
            new StaffViewElement(children).signIn(url(""), "anak", "anak123");
            WorklistViewElement worklist = new WorklistViewElement(children).waitUntilShown();
            assertThat(worklist.waitForGroupTask(id).getText()).contains("Tim anak punya data sekolah");
            worklist.claim(id);
            worklist.waitForMyTask(id);
            worklist.prepareTransfer(id, "Keanggotaan", "Perlu kartu anggota");
            children.screenshot("81-worklist-transfer-dialog");
            worklist.confirmDialog();
            worklist.waitUntilNotMine(id);
        }
        assertThat(questions.find(id).orElseThrow().getCandidateGroup()).isEqualTo("membership");

        try (Browser membership = new Browser(1366, 900)) {
            new StaffViewElement(membership).signIn(url(""), "anggota", "anggota123");
            WorklistViewElement worklist = new WorklistViewElement(membership).waitUntilShown();
            worklist.claim(id);
            worklist.answerTicket(id, "Data ada di BPS Kota Blitar; salinannya kami siapkan di meja referensi.");
            worklist.waitUntilNotMine(id);
            worklist.openFaqCandidates();
            worklist.openFaqDialog(id);
            membership.screenshot("82-worklist-faq-dialog");
            worklist.confirmDialog();
            membership.waitForVaadin();
        }
        assertThat(faqCatalogue.search(word, null))
                .singleElement()
                .satisfies(f -> assertThat(f.getAnswer()).contains("BPS Kota Blitar"));
        assertThat(faqCatalogue.recentlyAnswered())
                .as("a published answer is not offered again")
                .noneMatch(q -> q.getId() == id);
    }
}
