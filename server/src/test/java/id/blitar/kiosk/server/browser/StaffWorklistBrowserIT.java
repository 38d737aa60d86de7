package id.blitar.kiosk.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Outcome;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.process.AskResult;
import id.blitar.kiosk.question.process.FinishAtDesk;
import id.blitar.kiosk.question.process.QuestionProcess;
import id.blitar.kiosk.question.process.QuestionShifts;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.service.NewQuestion;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.question.service.WorkResult;
import id.blitar.kiosk.server.ServerIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The librarian worklist and the public board in real browsers: a walk-in appears by push, is
 * claimed, called to a desk (and shown on the board), and closed; two librarians race for one task;
 * a ticket is answered for pick-up; the board never shows names or questions. Worklist screenshots at
 * 1366×900, board screenshots at 1920×1080, in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffWorklistBrowserIT extends ServerIT {

    private static final String SECOND_LIBRARIAN = "rujukan2";

    private static final List<Browser> browsers = new ArrayList<>();

    @Autowired
    QuestionProcess questionProcess;

    @Autowired
    QuestionWorklist questionWorklist;

    @Autowired
    QuestionTasks questionTasks;

    @Autowired
    QuestionShifts questionShifts;

    @Autowired
    QuestionService questionService;

    @Autowired
    IdentityService identity;

    private static Browser browser(int width, int height) {
        Browser browser = new Browser(width, height);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    @AfterAll
    static void closeLeftBrowsers() {
        browsers.forEach(Browser::close);
    }

    private AskResult.Queued askWalkIn(String text, String card) {
        AskResult result =
                questionProcess.ask(new NewQuestion(Topic.BOOKS, text, card, Channel.WALK_IN, null, "Kios referensi"));
        assertThat(result).isInstanceOf(AskResult.Queued.class);
        return (AskResult.Queued) result;
    }

    @Test
    @Order(1)
    void shouldServeAWalkInFromTheWorklistAndShowItsNumberOnTheBoard() {
        Browser staff = browser(1366, 900);
        new StaffViewElement(staff).signIn(url(""), "rujukan", "rujukan123");
        WorklistViewElement worklist = new WorklistViewElement(staff).waitUntilShown();
        assertThat(questionShifts.onShift("rujukan")).isTrue();

        Browser wall = browser(1920, 1080);
        BoardViewElement board = new BoardViewElement(wall).open(url(""));

        String text = "Apakah ada buku tentang sejarah Kota Blitar?";
        AskResult.Queued asked = askWalkIn(text, null);
        long id = asked.questionId();
        String number = asked.queueNumber();

        // Push: no reload of either page from here on.
        String card = worklist.waitForGroupTask(id).getText();
        assertThat(card).contains(number, text, "Tenggat", "Cari buku");
        worklist.waitForWalkInAlert(number);
        assertThat(worklist.walkInAlert()).contains("Pengunjung menunggu").contains(number);
        assertThat(worklist.beeps()).isPositive();
        board.waitForWaiting("Menunggu:");
        staff.screenshot("worklist-01-new-walk-in");

        worklist.claim(id);
        worklist.waitForMyTask(id);
        worklist.waitUntilNotInGroup(id);

        worklist.selectDesk("Meja 2");
        worklist.call(id);
        board.waitForCall(number, "Meja 2");
        assertThat(board.newest()).contains(number).contains("Meja 2");
        worklist.waitForMyTasksText("Meja 2");

        // A rejected input is explained and changes nothing.
        assertThat(worklist.referWithoutPartner(id)).contains("lembaga mitra");
        assertThat(questionService.find(id).orElseThrow().getOutcome()).isNull();
        worklist.addNote(id, "Pengunjung lansia, bantu ke rak 900.");
        assertThat(worklist.myTaskText(id)).containsIgnoringCase("Catatan internal (hanya untuk petugas)");
        staff.screenshot("worklist-02-called");
        wall.screenshot("board-01-called");
        assertThat(board.text()).doesNotContain(text).doesNotContain("rujukan").doesNotContain("rak 900");
        String spelled = String.join(" ", number.replace("-", "").split(""));
        new WebDriverWait(wall.driver(), Duration.ofSeconds(10))
                .until(d -> board.announcements().contains("Nomor " + spelled + ", silakan ke Meja 2"));

        worklist.answeredAtDesk(id);
        worklist.waitUntilNotMine(id);
        board.waitUntilGone(number);
        wall.screenshot("board-02-after-answer");
        Question done = questionService.find(id).orElseThrow();
        assertThat(done.getOutcome()).isEqualTo(Outcome.ANSWERED_AT_DESK);
        assertThat(done.getAnsweredBy()).isEqualTo("rujukan");
    }

    @Test
    @Order(2)
    void shouldGiveARaceForOneTaskToExactlyOneLibrarian() throws Exception {
        createSecondReferenceLibrarian();
        Browser first = browser(1366, 900);
        Browser second = browser(1366, 900);
        new StaffViewElement(first).signIn(url(""), "rujukan", "rujukan123");
        new StaffViewElement(second).signIn(url(""), SECOND_LIBRARIAN, "rujukan2pw");
        WorklistViewElement one = new WorklistViewElement(first).waitUntilShown();
        WorklistViewElement two = new WorklistViewElement(second).waitUntilShown();

        long id = askWalkIn("Di mana rak buku resep masakan Jawa?", null).questionId();
        one.waitForGroupTask(id);
        two.waitForGroupTask(id);

        CountDownLatch start = new CountDownLatch(1);
        boolean[] clicked;
        ExecutorService clickers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> clicks = List.of(
                    clickers.submit(() -> {
                        start.await();
                        return one.claimNow(id);
                    }),
                    clickers.submit(() -> {
                        start.await();
                        return two.claimNow(id);
                    }));
            start.countDown();
            clicked = new boolean[] {
                clicks.get(0).get(30, TimeUnit.SECONDS), clicks.get(1).get(30, TimeUnit.SECONDS)
            };
        } finally {
            clickers.shutdownNow();
        }

        new WebDriverWait(first.driver(), Duration.ofSeconds(20))
                .until(d -> questionService.find(id).map(Question::getClaimedBy).orElse(null) != null);
        String winner = questionService.find(id).map(Question::getClaimedBy).orElseThrow();
        assertThat(winner).isIn("rujukan", SECOND_LIBRARIAN);
        WorklistViewElement won = winner.equals("rujukan") ? one : two;
        WorklistViewElement lost = winner.equals("rujukan") ? two : one;
        Browser loser = winner.equals("rujukan") ? second : first;

        won.waitForMyTask(id);
        if (clicked[winner.equals("rujukan") ? 1 : 0]) {
            assertThat(lost.waitForNotice("Sudah diambil oleh")).contains("Sudah diambil oleh " + winner);
        }
        // (Otherwise the winner's claim reached the other list by push before that librarian's click.)
        lost.waitUntilNotInGroup(id);
        assertThat(lost.inMyTasks(id)).isFalse();
        loser.screenshot("worklist-03-taken-by-other");

        // Clean up for the following tests: the winner finishes it.
        assertThat(questionTasks.finishAtDesk(FinishAtDesk.noShow(
                        questionWorklist.myTasks(winner).stream()
                                .filter(i -> i.questionId() == id)
                                .findFirst()
                                .orElseThrow()
                                .taskId(),
                        winner)))
                .isInstanceOf(WorkResult.Done.class);
    }

    @Test
    @Order(3)
    void shouldAnswerATicketForPickUpFromTheWorklist() {
        Browser staff = browser(1366, 900);
        new StaffViewElement(staff).signIn(url(""), "rujukan", "rujukan123");
        WorklistViewElement worklist = new WorklistViewElement(staff).waitUntilShown();

        String text = "Apakah perpustakaan menyimpan arsip koran Blitar tahun 1990-an?";
        AskResult asked = questionProcess.ask(
                new NewQuestion(Topic.RESEARCH, text, null, Channel.PICK_UP, null, "Kios referensi"));
        assertThat(asked).isInstanceOf(AskResult.Ticketed.class);
        AskResult.Ticketed ticket = (AskResult.Ticketed) asked;
        long id = ticket.questionId();

        assertThat(worklist.waitForGroupTask(id).getText()).contains("Tiket " + ticket.reference(), "Ambil di meja");
        worklist.claim(id);
        worklist.waitForMyTask(id);
        staff.screenshot("worklist-04-ticket");

        // Sent empty first: an error; then the answer: only "Jawaban tersimpan" stays, not the old error beside it.
        worklist.answerTicket(id, "");
        String error = worklist.waitForNotice("");
        worklist.answerTicket(id, "Ya, arsip koran lokal ada di ruang referensi lantai 2.");
        worklist.waitUntilNotMine(id);
        worklist.waitForNotice("Jawaban tersimpan");
        new org.openqa.selenium.support.ui.WebDriverWait(staff.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> worklist.notices().size() == 1);
        assertThat(worklist.notices())
                .singleElement()
                .asString()
                .contains("Jawaban tersimpan")
                .isNotEqualTo(error);
        Question answered = questionService.find(id).orElseThrow();
        assertThat(answered.getOutcome()).isEqualTo(Outcome.READY_FOR_PICK_UP);
        assertThat(answered.getAnswer()).contains("ruang referensi");

        // Answered questions are offered for the FAQ.
        worklist.openFaqCandidates();
        worklist.waitForFaqCandidate("arsip koran");
        staff.screenshot("worklist-05-faq");
    }

    @Test
    @Order(4)
    void shouldShowNumbersOnlyOnTheBoard() {
        Browser wall = browser(1920, 1080);
        BoardViewElement board = new BoardViewElement(wall).open(url(""));
        String text = "Saya mencari novel karya Pramoedya";
        // Sri Wahyuni's card: her name must never reach the public board.
        AskResult.Queued asked = askWalkIn(text, "KPB-0003");
        String task = questionWorklist.groupTasks("rujukan").stream()
                .filter(i -> i.questionId() == asked.questionId())
                .findFirst()
                .orElseThrow()
                .taskId();
        assertThat(questionTasks.claim(task, "rujukan")).isInstanceOf(WorkResult.Done.class);
        assertThat(questionTasks.call(task, "rujukan", "Meja 1")).isInstanceOf(WorkResult.Done.class);

        board.waitForCall(asked.queueNumber(), "Meja 1");
        wall.screenshot("board-03-numbers-only");
        assertThat(board.text())
                .doesNotContain(text)
                .doesNotContain("Sri")
                .doesNotContain("Wahyuni")
                .doesNotContain("KPB-0003")
                .doesNotContain("rujukan")
                .doesNotContain("Kios referensi");
        assertThat(wall.driver().getPageSource()).doesNotContain("Wahyuni").doesNotContain(text);

        questionTasks.finishAtDesk(FinishAtDesk.answered(task, "rujukan"));
        board.waitUntilGone(asked.queueNumber());
    }

    @Test
    @Order(5)
    void shouldHandTasksBackAndSignOutWhenTheShiftEnds() {
        Browser phone = browser(390, 844);
        new StaffViewElement(phone).signIn(url(""), "rujukan", "rujukan123");
        WorklistViewElement worklist = new WorklistViewElement(phone).waitUntilShown();
        long id = askWalkIn("Bisa bantu mencari kamus bahasa Jawa?", null).questionId();
        worklist.claim(id);
        worklist.waitForMyTask(id);
        phone.screenshot("worklist-06-phone");

        worklist.endShift();
        assertThat(worklist.waitForNotice("Shift selesai")).contains("1 tugas");
        new LoginViewElement(phone).waitUntilShown();
        assertThat(questionShifts.onShift("rujukan")).isFalse();
        String task = questionWorklist.groupTasks("rujukan").stream()
                .filter(i -> i.questionId() == id)
                .findFirst()
                .orElseThrow()
                .taskId();

        assertThat(questionTasks.claim(task, "anak")).isInstanceOf(WorkResult.Rejected.class);
        questionTasks.claim(task, "rujukan");
        questionTasks.finishAtDesk(FinishAtDesk.noShow(task, "rujukan"));
    }

    private void createSecondReferenceLibrarian() {
        if (identity.createUserQuery().userId(SECOND_LIBRARIAN).singleResult() != null) {
            return;
        }
        User user = identity.newUser(SECOND_LIBRARIAN);
        user.setFirstName("Rujukan");
        user.setLastName("Dua");
        user.setPassword("rujukan2pw");
        identity.saveUser(user);
        identity.createMembership(SECOND_LIBRARIAN, "librarians");
        identity.createMembership(SECOND_LIBRARIAN, "reference");
    }
}
