-- Several application nodes on one database (a cluster).
--
-- live_event: the transactional outbox of changes that open screens show (a question asked or called, a
-- renewal task, seats left, a published "Kami lakukan" item, a revoked kiosk). A row is written in the
-- transaction that made the change, just before it commits, so it exists exactly when the change does;
-- every node reads the rows the other nodes wrote and updates its own screens. Rows are kept one hour.
CREATE TABLE live_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    origin      VARCHAR(36)   NOT NULL,
    event_type  VARCHAR(200)  NOT NULL,
    payload     VARCHAR(2000) NOT NULL,
    created_at  DATETIME      NOT NULL
);

CREATE INDEX ix_live_event_created ON live_event (created_at);

-- shedlock: ShedLock's lock table, so that each nightly housekeeping job (retention, forgetting contacts)
-- runs on one node only (columns as ShedLock's JDBC provider expects them).
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
);
