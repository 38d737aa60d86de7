package id.blitar.kiosk.question.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Question;
import id.blitar.kiosk.question.domain.QuestionNote;
import id.blitar.kiosk.question.domain.Topic;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.task.Task;

/**
 * One entry of a librarian's worklist: an open task of the {@code ask-librarian} process with what
 * is needed to act on it, and the question's internal notes (read with the list, in one query). For
 * staff screens only: it carries the question text. Values compare by content, so a screen can tell
 * whether an entry changed since the last refresh.
 */
public record WorkItem(
        String taskId,
        Kind kind,
        long questionId,
        String reference,
        String queueNumber,
        Topic topic,
        String text,
        AgeGroup ageGroup,
        Channel channel,
        int priority,
        LocalDateTime askedAt,
        LocalDateTime dueAt,
        boolean overdue,
        boolean escalated,
        String assignee,
        String candidateGroup,
        LocalDateTime calledAt,
        String desk,
        boolean linkedToVisit,
        List<Note> notes) {

    public WorkItem {
        notes = List.copyOf(notes);
    }

    /** Which task of the process this is. */
    public enum Kind {
        /** Task_ServeWalkIn. */
        WALK_IN,
        /** Task_AnswerQuestion. */
        TICKET,
        /** Task_ReviewOverdueQuestion. */
        REVIEW;

        static Kind of(String taskDefinitionKey) {
            return switch (taskDefinitionKey) {
                case QuestionProcess.TASK_SERVE_WALK_IN -> WALK_IN;
                case QuestionProcess.TASK_ANSWER_QUESTION -> TICKET;
                default -> REVIEW;
            };
        }
    }

    /** An internal note on the question: for staff only, never shown or sent to the visitor. */
    public record Note(LocalDateTime createdAt, String author, String text) {

        static Note of(QuestionNote note) {
            return new Note(note.getCreatedAt(), note.getAuthor(), note.getText());
        }
    }

    /** Whether this is the same entry as {@code other} in everything but its notes. */
    public boolean sameApartFromNotes(WorkItem other) {
        return other != null && withNotes(other.notes).equals(other);
    }

    private WorkItem withNotes(List<Note> replaced) {
        return new WorkItem(
                taskId,
                kind,
                questionId,
                reference,
                queueNumber,
                topic,
                text,
                ageGroup,
                channel,
                priority,
                askedAt,
                dueAt,
                overdue,
                escalated,
                assignee,
                candidateGroup,
                calledAt,
                desk,
                linkedToVisit,
                replaced);
    }

    /** The entry for an open task of the question's instance, as it stands at {@code now}. */
    static WorkItem of(Task task, Question q, List<QuestionNote> notes, LocalDateTime now) {
        Kind kind = Kind.of(task.getTaskDefinitionKey());
        return new WorkItem(
                task.getId(),
                kind,
                q.getId(),
                q.reference(),
                q.getQueueNumber(),
                q.getTopic(),
                q.getText(),
                q.getAgeGroup(),
                q.getChannel(),
                task.getPriority(),
                q.getAskedAt(),
                q.getDueAt(),
                q.isOverdue(now),
                q.getEscalatedAt() != null,
                task.getAssignee(),
                kind == Kind.REVIEW ? QuestionProcess.GROUP_SUPERVISORS : q.getCandidateGroup(),
                q.getCalledAt(),
                q.getDesk(),
                q.getVisitId() != null,
                notes.stream().map(Note::of).toList());
    }
}
