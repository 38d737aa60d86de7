package id.blitar.kiosk.visit.domain;

/** How a visit ended: the visitor scanned their card at the exit, or the library closed. */
public enum CloseReason {
    CHECK_OUT,
    CLOSING_TIME
}
