package id.blitar.kiosk.question.process;

import id.blitar.kiosk.base.InputCheck;
import id.blitar.kiosk.question.domain.Channel;
import java.util.Optional;

/**
 * A librarian's command to record how a walk-in ended at the desk ({@code Task_ServeWalkIn}), for
 * {@link QuestionTasks#finishAtDesk}.
 *
 * @param taskId the claimed {@code Task_ServeWalkIn}
 * @param user the librarian holding it
 * @param outcome how it ended; the value {@code Gateway_DeskOutcome} tests
 * @param partner for {@link DeskOutcome#REFERRED}: the partner institution the visitor was sent to (required)
 * @param followUpChannel for {@link DeskOutcome#FOLLOW_UP}: {@link Channel#EMAIL} or {@link Channel#PICK_UP}
 * @param email for a follow-up by e-mail: the visitor's address (required then)
 * @param note an optional internal note for colleagues, never shown to the visitor
 */
public record FinishAtDesk(
        String taskId,
        String user,
        DeskOutcome outcome,
        String partner,
        Channel followUpChannel,
        String email,
        String note) {

    /** Answered at the desk. */
    public static FinishAtDesk answered(String taskId, String user) {
        return new FinishAtDesk(taskId, user, DeskOutcome.ANSWERED_AT_DESK, null, null, null, null);
    }

    /** The visitor did not come when called. */
    public static FinishAtDesk noShow(String taskId, String user) {
        return new FinishAtDesk(taskId, user, DeskOutcome.NO_SHOW, null, null, null, null);
    }

    /** Sent on to a partner institution. */
    public static FinishAtDesk referred(String taskId, String user, String partner, String note) {
        return new FinishAtDesk(taskId, user, DeskOutcome.REFERRED, partner, null, null, note);
    }

    /** Answered later, by e-mail to {@code email} or for pick-up at the desk. */
    public static FinishAtDesk followUp(String taskId, String user, Channel channel, String email, String note) {
        return new FinishAtDesk(taskId, user, DeskOutcome.FOLLOW_UP, null, channel, email, note);
    }

    /**
     * What is wrong with the command, as a translation key: no outcome, a referral without a partner, a
     * follow-up without a later channel or with a bad e-mail address, a note that {@link InputCheck} refuses
     * (up to {@link InputCheck#MAX_QUESTION_LENGTH} characters). Empty when it may be carried out.
     */
    Optional<String> problem() {
        if (outcome == null) {
            return Optional.of("worklist.error.outcome");
        }
        if (outcome == DeskOutcome.REFERRED) {
            Optional<String> problem = partner == null || partner.isBlank()
                    ? Optional.of("worklist.error.partner")
                    : InputCheck.freeTextProblem(partner);
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (outcome == DeskOutcome.FOLLOW_UP) {
            if (followUpChannel == null || followUpChannel == Channel.WALK_IN) {
                return Optional.of("worklist.error.followUpChannel");
            }
            if (followUpChannel == Channel.EMAIL) {
                Optional<String> problem = InputCheck.emailProblem(email);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return hasNote() ? InputCheck.longTextProblem(note, InputCheck.MAX_QUESTION_LENGTH) : Optional.empty();
    }

    boolean hasNote() {
        return note != null && !note.isBlank();
    }

    /** The e-mail address to answer to: only for a follow-up by e-mail. */
    String followUpEmail() {
        return followUpChannel == Channel.EMAIL ? email : null;
    }

    /** The partner institution: only for a referral. */
    String referredTo() {
        return outcome == DeskOutcome.REFERRED ? partner : null;
    }
}
