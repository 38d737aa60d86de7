-- Member import from a SLiMS member export: one log row per attempt (who, when, which file, what came
-- of it), and one lock row that every import locks (SELECT ... FOR UPDATE) so that two imports running
-- at the same time are serialised and neither creates duplicates nor loses the other's updates.

CREATE TABLE member_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at      DATETIME      NOT NULL,
    finished_at     DATETIME      NOT NULL,
    imported_by     VARCHAR(64)   NOT NULL,
    file_name       VARCHAR(200)  NULL,
    outcome         VARCHAR(20)   NOT NULL,
    row_count       INT           NOT NULL DEFAULT 0,
    inserted_count  INT           NOT NULL DEFAULT 0,
    updated_count   INT           NOT NULL DEFAULT 0,
    unchanged_count INT           NOT NULL DEFAULT 0,
    problem_count   INT           NOT NULL DEFAULT 0
);

CREATE INDEX ix_member_import_finished ON member_import (finished_at);

CREATE TABLE member_import_lock (
    id  INT  NOT NULL PRIMARY KEY
);

INSERT INTO member_import_lock (id) VALUES (1);
