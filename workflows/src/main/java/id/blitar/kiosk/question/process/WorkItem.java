package id.blitar.kiosk.question.process;

import id.blitar.kiosk.base.AgeGroup;
import id.blitar.kiosk.question.domain.Channel;
import id.blitar.kiosk.question.domain.Topic;
import java.time.LocalDateTime;

/**
 * One entry of a librarian's worklist: an open task of the {@code ask-librarian} process with what
 * is needed to act on it. For staff screens only: it carries the question text.
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
        boolean linkedToVisit) {

    /** Which task of the process this is. */
    public enum Kind {
        /** Task_ServeWalkIn. */
        WALK_IN,
        /** Task_AnswerQuestion. */
        TICKET,
        /** Task_ReviewOverdueQuestion. */
        REVIEW
    }
}
