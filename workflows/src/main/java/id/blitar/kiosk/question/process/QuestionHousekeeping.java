package id.blitar.kiosk.question.process;

import id.blitar.kiosk.question.service.QuestionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: forgets visitors' e-mail addresses once their answers are long delivered (UU PDP: minimum data). */
@Component
class QuestionHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(QuestionHousekeeping.class);

    private final QuestionService questions;

    QuestionHousekeeping(QuestionService questions) {
        this.questions = questions;
    }

    @Scheduled(cron = "0 15 2 * * *", zone = "${kiosk.library.zone:Asia/Jakarta}")
    void forgetOldEmails() {
        int forgotten = questions.forgetOldEmails();
        if (forgotten > 0) {
            log.info("Forgot the e-mail addresses of {} answered questions", forgotten);
        }
    }
}
