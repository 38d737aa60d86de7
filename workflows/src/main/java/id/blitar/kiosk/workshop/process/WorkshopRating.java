package id.blitar.kiosk.workshop.process;

import id.blitar.kiosk.poll.domain.Mood;
import id.blitar.kiosk.poll.process.PollProcess;
import id.blitar.kiosk.workshop.domain.Registration;
import id.blitar.kiosk.workshop.domain.Workshop;
import id.blitar.kiosk.workshop.service.WorkshopService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rating a workshop from the link in the invitation {@code Task_InviteFeedback} e-mailed: the answer is an
 * exit-poll answer about the workshop ({@link PollProcess#rateWorkshop}), and a link counts once.
 */
@Component
public class WorkshopRating {

    private final WorkshopService workshops;
    private final PollProcess polls;

    WorkshopRating(WorkshopService workshops, PollProcess polls) {
        this.workshops = workshops;
        this.polls = polls;
    }

    /** The workshop a rating link is for, while the link is unused. */
    @Transactional(readOnly = true)
    public Optional<Workshop> toRate(String token) {
        return workshops.byFeedbackToken(token).flatMap(r -> workshops.find(r.getWorkshopId()));
    }

    /**
     * An attendee rates the workshop from the link in the invitation: an exit-poll answer about the
     * workshop (an unhappy comment becomes a manager's follow-up), and the link is used up.
     *
     * @return translation keys of problems (nothing stored), or empty
     */
    @Transactional
    public List<String> rate(String token, Mood mood, String comment) {
        Optional<Registration> found = workshops.byFeedbackToken(token);
        if (found.isEmpty()) {
            return List.of("error.rate.link");
        }
        // A form sent twice at once must count once: the workshop's row lock orders the two, and the
        // second no longer finds the token.
        workshops.lock(found.get().getWorkshopId());
        if (workshops.byFeedbackToken(token).isEmpty()) {
            return List.of("error.rate.link");
        }
        List<String> problems = polls.rateWorkshop(found.get().getWorkshopId(), mood, comment);
        if (problems.isEmpty()) {
            workshops.feedbackGiven(found.get().getId());
        }
        return problems;
    }
}
