package id.blitar.kiosk.visit.domain;

/** Who checked in: a member with a card, a guest without one, or a group with head counts. */
public enum VisitorType {
    MEMBER,
    GUEST,
    GROUP
}
