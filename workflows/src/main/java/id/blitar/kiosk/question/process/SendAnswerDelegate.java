package id.blitar.kiosk.question.process;

import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.service.AnswerMailer;
import id.blitar.kiosk.question.service.QuestionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Serves {@code Task_SendAnswer} (asynchronous): e-mails the answer; a refusing mail server throws, so
 * the job retries and finally becomes an incident.
 */
@Component("sendAnswerDelegate")
class SendAnswerDelegate implements JavaDelegate {

    private final QuestionService questions;
    private final AnswerMailer mailer;

    SendAnswerDelegate(QuestionService questions, AnswerMailer mailer) {
        this.questions = questions;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long questionId = QuestionVariables.questionId(execution);
        Question question = questions.find(questionId).orElseThrow();
        mailer.send(question);
        questions.delivered(questionId);
    }
}
