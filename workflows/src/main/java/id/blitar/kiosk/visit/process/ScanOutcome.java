package id.blitar.kiosk.visit.process;

/**
 * What became of a kiosk scan, as the replay endpoint reports it. Every outcome is final: the kiosk may
 * forget the scan. A failure to store (the database away) is an exception, never an outcome.
 */
public enum ScanOutcome {
    /** This call stored the scan: a new visit, or the end of an open one. */
    RECORDED,
    /** The scan id was stored before; nothing new was stored. */
    DUPLICATE,
    /** A repeat scan: already inside, back within the repeat window, or already left; only the ledger row. */
    REPEAT,
    /** No member has this card; the ledger keeps what was read, masked, for staff. */
    UNKNOWN_CARD,
    /** Bad card text, or a scan too old to be believed ({@link ScanTime}). */
    REFUSED,
    /** Checked in with an expired membership: the visit was stored and the renewal task opened. */
    EXPIRED,
    /** A check-out of someone who was not inside at the scan's time. */
    NOT_CHECKED_IN
}
