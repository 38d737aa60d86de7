package id.blitar.kiosk.question.service;

/**
 * Something changed about a question; published inside the transaction, so listeners that update
 * screens should act after commit.
 *
 * @param candidateGroup the group the question is routed to now (null before routing)
 */
public record QuestionEvent(long questionId, Kind kind, String candidateGroup, boolean walkIn) {

    public enum Kind {
        ASKED,
        ROUTED,
        CLAIMED,
        RELEASED,
        MOVED,
        CALLED,
        ESCALATED,
        ANSWERED,
        CLOSED,
        NOTE
    }
}
