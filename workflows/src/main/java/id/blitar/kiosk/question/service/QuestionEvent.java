package id.blitar.kiosk.question.service;

import id.blitar.kiosk.base.live.LiveEvent;

/**
 * Something changed about a question; published inside the transaction (a {@link LiveEvent}: it reaches the
 * screens of every cluster node after commit), so listeners that update
 * screens should act after commit.
 *
 * @param candidateGroup the group the question is routed to now (null before routing)
 */
public record QuestionEvent(long questionId, Kind kind, String candidateGroup, boolean walkIn) implements LiveEvent {

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
