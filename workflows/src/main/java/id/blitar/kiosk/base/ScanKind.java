package id.blitar.kiosk.base;

/** What a kiosk scan is for: arriving at an entrance kiosk or leaving at an exit kiosk. */
public enum ScanKind {
    CHECK_IN,
    CHECK_OUT
}
