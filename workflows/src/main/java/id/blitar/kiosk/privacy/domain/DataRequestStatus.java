package id.blitar.kiosk.privacy.domain;

/** Where a deletion request stands. */
public enum DataRequestStatus {
    /** Waiting for the data-protection officer (72 hours, UU PDP art. 43). */
    OPEN,
    /** Approved; the running services are being ended and the data deleted. */
    APPROVED,
    /** Deleted: personal rows deleted or made anonymous, Camunda history deleted. */
    ERASED,
    /** Refused by the officer, with a reason the subject is told. */
    REFUSED
}
