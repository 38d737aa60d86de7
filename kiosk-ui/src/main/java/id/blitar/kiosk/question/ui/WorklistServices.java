package id.blitar.kiosk.question.ui;

import id.blitar.kiosk.question.process.QuestionShifts;
import id.blitar.kiosk.question.process.QuestionTasks;
import id.blitar.kiosk.question.process.QuestionWorklist;
import id.blitar.kiosk.question.service.FaqCatalogue;
import org.springframework.stereotype.Component;

/**
 * What the staff {@link Worklist} works with, injected as one bean so the page that shows it need not list
 * them: the lists, the actions on a task, the librarian's shift and the FAQ to publish to.
 */
@Component
public record WorklistServices(QuestionWorklist lists, QuestionTasks tasks, QuestionShifts shifts, FaqCatalogue faq) {}
