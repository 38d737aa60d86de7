package id.blitar.kiosk.question.process;

import static id.blitar.kiosk.question.process.QuestionTestSupport.REFERENCE_LIBRARIAN;
import static id.blitar.kiosk.question.process.QuestionTestSupport.SECOND_REFERENCE_LIBRARIAN;
import static id.blitar.kiosk.question.process.QuestionTestSupport.walkIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.blitar.kiosk.base.DatabaseIT;
import id.blitar.kiosk.question.domain.Topic;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.question.service.WorkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claims and queue numbers under contention, on the MySQL-protocol test database. */
class QuestionConcurrencyIT extends DatabaseIT {

    @Autowired
    QuestionProcess questionProcess;

    @Autowired
    QuestionTasks questionTasks;

    @Autowired
    QuestionService questions;

    @Autowired
    TaskService tasks;

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    @BeforeEach
    void staff() {
        QuestionTestSupport.ensureStaff(identity);
    }

    @RepeatedTest(10)
    void shouldLetExactlyOneOfTwoLibrariansClaimATaskAtTheSameMoment() throws Exception {
        var queued = (AskResult.Queued) questionProcess.ask(walkIn(Topic.BOOKS, "Novel Pramoedya ada?"));
        String pi = questions.find(queued.questionId()).orElseThrow().getProcessInstanceId();
        String taskId =
                tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();

        List<WorkResult> results = race(List.of(
                () -> questionTasks.claim(taskId, REFERENCE_LIBRARIAN),
                () -> questionTasks.claim(taskId, SECOND_REFERENCE_LIBRARIAN)));

        String winner = tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
        assertThat(winner).isIn(REFERENCE_LIBRARIAN, SECOND_REFERENCE_LIBRARIAN);
        assertThat(results).containsExactlyInAnyOrder(WorkResult.done(), new WorkResult.TakenBy(winner));
        assertThat(questions.find(queued.questionId()).orElseThrow().getClaimedBy())
                .isEqualTo(winner);
        questionTasks.finishAtDesk(FinishAtDesk.answered(taskId, winner));
    }

    @Test
    void shouldGiveEverySimultaneousWalkInItsOwnNumber() throws Exception {
        int kiosks = 12;
        List<Callable<AskResult>> asks = new ArrayList<>();
        for (int i = 0; i < kiosks; i++) {
            String text = "Pertanyaan serentak nomor " + i;
            asks.add(() -> questionProcess.ask(walkIn(Topic.OTHER, text)));
        }

        List<AskResult> results = race(asks);

        List<Integer> numbers = results.stream()
                .map(r -> Integer.parseInt(((AskResult.Queued) r).queueNumber().substring(2)))
                .sorted()
                .toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(kiosks);
        assertThat(numbers.get(kiosks - 1) - numbers.get(0))
                .as("consecutive numbers, none skipped")
                .isEqualTo(kiosks - 1);
    }

    private static <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
