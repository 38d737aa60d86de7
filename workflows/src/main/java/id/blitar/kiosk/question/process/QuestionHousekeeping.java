package id.blitar.kiosk.question.process;

import id.blitar.kiosk.question.service.QuestionService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: forgets visitors' e-mail addresses once their answers are long delivered, and deletes
 * closed questions after the retention period (UU PDP: minimum data, deleted on schedule).
 */
@Component
class QuestionHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(QuestionHousekeeping.class);

    private final QuestionService questions;

    QuestionHousekeeping(QuestionService questions) {
        this.questions = questions;
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "${kiosk.library.zone:Asia/Jakarta}")
    @SchedulerLock(name = "question-housekeeping", lockAtLeastFor = "PT5M")
    public void housekeeping() {
        int forgotten = questions.forgetOldEmails();
        if (forgotten > 0) {
            log.info("Forgot the e-mail addresses of {} answered questions", forgotten);
        }
        int deleted = questions.purgeOldQuestions();
        if (deleted > 0) {
            log.info("Deleted {} questions closed longer ago than the retention period", deleted);
        }
    }
}
