-- The scan ledger: one row per kiosk scan id (a UUID the kiosk made when the card was read), written in the
-- transaction that stores what the scan did. A scan replayed from a kiosk's offline queue, twice or by two
-- kiosks at once, finds its row and stores nothing more. Only the masked card text of an unknown or refused
-- scan is kept; rows are deleted after a week (VisitService.purgeExpiredVisits).
CREATE TABLE scan_ledger (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind         VARCHAR(10)  NOT NULL,
    kiosk        VARCHAR(60)  NOT NULL,
    scanned_at   DATETIME     NOT NULL,
    counted_at   DATETIME     NULL,
    received_at  DATETIME     NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    problem      VARCHAR(60)  NULL,
    code_read    VARCHAR(40)  NULL,
    member_id    BIGINT       NULL,
    visit_id     BIGINT       NULL
);

CREATE INDEX ix_scan_ledger_received_at ON scan_ledger (received_at);
