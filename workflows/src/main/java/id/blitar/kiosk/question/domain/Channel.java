package id.blitar.kiosk.question.domain;

/** How the visitor wants the answer: at a desk now, or later by e-mail or for pick-up at the desk. */
public enum Channel {
    WALK_IN,
    EMAIL,
    PICK_UP;

    public boolean isWalkIn() {
        return this == WALK_IN;
    }
}
