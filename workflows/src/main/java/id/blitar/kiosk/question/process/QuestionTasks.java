package id.blitar.kiosk.question.process;

import static id.blitar.kiosk.question.process.QuestionProcess.GROUPS;
import static id.blitar.kiosk.question.process.QuestionProcess.GROUP_SUPERVISORS;
import static id.blitar.kiosk.question.process.QuestionProcess.KEY;
import static id.blitar.kiosk.question.process.QuestionProcess.TASK_ANSWER_QUESTION;
import static id.blitar.kiosk.question.process.QuestionProcess.TASK_REVIEW_OVERDUE_QUESTION;
import static id.blitar.kiosk.question.process.QuestionProcess.TASK_SERVE_WALK_IN;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.question.domain.NoteKind;
import id.blitar.kiosk.question.domain.Outcome;
import id.blitar.kiosk.question.service.QuestionService;
import id.blitar.kiosk.question.service.WorkResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a librarian does with a task of the {@code ask-librarian} process: claim it, give it back, transfer
 * it, call a walk-in to a desk, finish it at the desk, answer it, review an overdue question, note something.
 * The lists they pick tasks from are {@link QuestionWorklist}'s. Only tasks of this process are touched.
 *
 * <p>Who may do what: a task is claimed by a member of one of its candidate groups (managers stand in for
 * every librarian group and the duty supervisors); everything else only by the librarian holding it, except
 * the supervisor's review. Results are {@link WorkResult}s carrying translation keys; nothing is thrown for
 * bad input or a lost race. Free texts follow {@link InputCheck}'s lengths.
 */
@Component
public class QuestionTasks {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final QuestionService questions;
    private final QuestionWorklist worklist;
    private final TransactionTemplate transaction;

    QuestionTasks(
            RuntimeService runtime,
            TaskService tasks,
            QuestionService questions,
            QuestionWorklist worklist,
            PlatformTransactionManager transactionManager) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.questions = questions;
        this.worklist = worklist;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Claims a task. When two librarians claim the same task at the same moment exactly one wins; the
     * other is told who took it.
     */
    public WorkResult claim(String taskId, String user) {
        try {
            return transaction.execute(status -> {
                Task task = task(taskId);
                if (task == null) {
                    return new WorkResult.Gone();
                }
                if (task.getAssignee() != null) {
                    return user.equals(task.getAssignee())
                            ? WorkResult.done()
                            : new WorkResult.TakenBy(task.getAssignee());
                }
                if (!worklist.isForGroupsOf(task, user)) {
                    return new WorkResult.Rejected("worklist.error.notYourGroup");
                }
                tasks.claim(taskId, user);
                if (!TASK_REVIEW_OVERDUE_QUESTION.equals(task.getTaskDefinitionKey())) {
                    questions.claimed(questionIdOf(task), user);
                }
                return WorkResult.done();
            });
        } catch (TaskAlreadyClaimedException | OptimisticLockingException lost) {
            Task task = task(taskId);
            return task == null || task.getAssignee() == null
                    ? new WorkResult.Gone()
                    : new WorkResult.TakenBy(task.getAssignee());
        }
    }

    /** Gives a claimed task back to its group. */
    @Transactional
    public WorkResult unclaim(String taskId, String user) {
        return withMyTask(taskId, user, task -> {
            release(task);
            return WorkResult.done();
        });
    }

    /** Moves a claimed question to another group, with a note for the colleagues there. */
    @Transactional
    public WorkResult transfer(String taskId, String user, String group, String note) {
        if (!GROUPS.contains(group)) {
            return new WorkResult.Rejected("worklist.error.group");
        }
        Optional<String> problem = noteProblem(note);
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        return withMyTask(taskId, user, task -> {
            if (TASK_REVIEW_OVERDUE_QUESTION.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.group");
            }
            moveTask(task, group);
            questions.moved(questionIdOf(task), group, user, NoteKind.TRANSFER, note);
            return WorkResult.done();
        });
    }

    /** Calls a claimed walk-in's number to a desk; shown on the board at once. Calling again is allowed. */
    @Transactional
    public WorkResult call(String taskId, String user, String desk) {
        if (desk == null || !worklist.desks().contains(desk)) {
            return new WorkResult.Rejected("worklist.error.desk");
        }
        return withMyTask(taskId, user, task -> {
            if (!TASK_SERVE_WALK_IN.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.notWalkIn");
            }
            questions.called(questionIdOf(task), desk);
            return WorkResult.done();
        });
    }

    /**
     * Records how a walk-in ended at the desk. A referral names the partner institution; a follow-up
     * turns it into a question answered later, by e-mail (address required) or for pick-up.
     */
    @Transactional
    public WorkResult finishAtDesk(FinishAtDesk finish) {
        Optional<String> problem = finish.problem();
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        return withMyTask(finish.taskId(), finish.user(), task -> {
            if (!TASK_SERVE_WALK_IN.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.notWalkIn");
            }
            long questionId = questionIdOf(task);
            if (finish.outcome() == DeskOutcome.FOLLOW_UP) {
                questions.followUp(
                        questionId, finish.followUpChannel(), finish.followUpEmail(), finish.user(), finish.note());
            } else {
                if (finish.hasNote()) {
                    questions.addNote(questionId, finish.user(), finish.note());
                }
                questions.closedAtDesk(
                        questionId, Outcome.valueOf(finish.outcome().name()), finish.referredTo(), finish.user());
            }
            tasks.complete(task.getId(), QuestionVariables.deskOutcome(finish.outcome(), finish.followUpChannel()));
            return WorkResult.done();
        });
    }

    /** Records the written answer of a claimed question; it is then e-mailed or kept for pick-up. */
    @Transactional
    public WorkResult answer(String taskId, String user, String answer, String partner) {
        Optional<String> problem = InputCheck.longTextProblem(answer, InputCheck.MAX_ANSWER_LENGTH)
                .or(() -> InputCheck.freeTextProblem(partner));
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        return withMyTask(taskId, user, task -> {
            if (!TASK_ANSWER_QUESTION.equals(task.getTaskDefinitionKey())) {
                return new WorkResult.Rejected("worklist.error.notTicket");
            }
            questions.answered(questionIdOf(task), answer, partner, user);
            tasks.complete(taskId);
            return WorkResult.done();
        });
    }

    /**
     * The duty supervisor's decision on an overdue question: leave it with its group, or reassign it to
     * another group with a note (required then).
     */
    @Transactional
    public WorkResult review(String taskId, String user, String reassignTo, String note) {
        boolean reassign = reassignTo != null && !reassignTo.isBlank();
        if (reassign && !GROUPS.contains(reassignTo)) {
            return new WorkResult.Rejected("worklist.error.group");
        }
        Optional<String> problem =
                reassign ? InputCheck.longTextProblem(note, InputCheck.MAX_QUESTION_LENGTH) : noteProblem(note);
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        Task review = task(taskId);
        if (review == null) {
            return new WorkResult.Gone();
        }
        if (!TASK_REVIEW_OVERDUE_QUESTION.equals(review.getTaskDefinitionKey())) {
            return new WorkResult.Rejected("worklist.error.notReview");
        }
        if (!worklist.groupsOf(user).contains(GROUP_SUPERVISORS)) {
            return new WorkResult.Rejected("worklist.error.notYourGroup");
        }
        if (review.getAssignee() != null && !review.getAssignee().equals(user)) {
            return new WorkResult.TakenBy(review.getAssignee());
        }
        long questionId = questionIdOf(review);
        Optional<Task> work = tasks
                .createTaskQuery()
                .processInstanceId(review.getProcessInstanceId())
                .taskDefinitionKeyIn(TASK_SERVE_WALK_IN, TASK_ANSWER_QUESTION)
                .list()
                .stream()
                .findFirst();
        if (reassign && work.isPresent()) {
            moveTask(work.get(), reassignTo);
            questions.moved(questionId, reassignTo, user, NoteKind.REASSIGNMENT, note);
        } else if (note != null && !note.isBlank()) {
            questions.addNote(questionId, user, note);
        }
        tasks.setAssignee(taskId, user);
        tasks.complete(taskId);
        return WorkResult.done();
    }

    /** An internal note on a question: for staff only, never shown or sent to the visitor. */
    @Transactional
    public WorkResult addNote(long questionId, String user, String text) {
        Optional<String> problem = InputCheck.longTextProblem(text, InputCheck.MAX_QUESTION_LENGTH);
        if (problem.isPresent()) {
            return new WorkResult.Rejected(problem.get());
        }
        if (questions.find(questionId).isEmpty()) {
            return new WorkResult.Gone();
        }
        questions.addNote(questionId, user, text);
        return WorkResult.done();
    }

    /** Gives every task the user holds back to its group (their shift ends); returns how many. */
    int releaseAll(String user) {
        List<Task> mine = tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .taskAssignee(user)
                .list();
        mine.forEach(this::release);
        return mine.size();
    }

    private void release(Task task) {
        tasks.setAssignee(task.getId(), null);
        if (!TASK_REVIEW_OVERDUE_QUESTION.equals(task.getTaskDefinitionKey())) {
            questions.released(questionIdOf(task));
        }
    }

    /** An optional note: blank is fine, otherwise {@link InputCheck}'s rules for long texts. */
    private static Optional<String> noteProblem(String note) {
        return note == null || note.isBlank()
                ? Optional.empty()
                : InputCheck.longTextProblem(note, InputCheck.MAX_QUESTION_LENGTH);
    }

    private WorkResult withMyTask(String taskId, String user, Function<Task, WorkResult> action) {
        Task task = task(taskId);
        if (task == null) {
            return new WorkResult.Gone();
        }
        if (task.getAssignee() == null) {
            return new WorkResult.Rejected("worklist.error.notClaimed");
        }
        if (!task.getAssignee().equals(user)) {
            return new WorkResult.TakenBy(task.getAssignee());
        }
        return action.apply(task);
    }

    private Task task(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY).singleResult();
    }

    private void moveTask(Task task, String group) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
            }
        }
        tasks.addCandidateGroup(task.getId(), group);
        tasks.setAssignee(task.getId(), null);
        QuestionVariables.setCandidateGroup(runtime, task.getProcessInstanceId(), group);
    }

    private long questionIdOf(Task task) {
        return QuestionVariables.questionId(runtime, task.getProcessInstanceId());
    }
}
