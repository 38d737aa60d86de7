package id.blitar.kiosk.poll.process;

import id.blitar.kiosk.poll.domain.Improvement;
import id.blitar.kiosk.poll.domain.Mood;
import java.time.LocalDateTime;
import java.util.Set;

/** An open "Tinjau masukan" task with the answer it is about. */
public record FollowUp(
        String taskId,
        long pollId,
        Mood mood,
        String comment,
        Set<Improvement> improvements,
        String kiosk,
        LocalDateTime answeredAt,
        LocalDateTime dueAt,
        boolean overdue) {}
