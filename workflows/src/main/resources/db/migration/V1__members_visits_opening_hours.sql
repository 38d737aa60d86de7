-- Application tables of Kios Pustaka. Camunda manages its own ACT_* tables.
-- Portable between H2 (embedded default) and MySQL 8.4 / MariaDB 10.11: DATETIME, not TIMESTAMP,
-- because MariaDB gives the first TIMESTAMP column an implicit ON UPDATE CURRENT_TIMESTAMP.

CREATE TABLE member (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    card_number   VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    member_type   VARCHAR(60)  NOT NULL,
    age_group     VARCHAR(20)  NULL,
    email         VARCHAR(200) NULL,
    institution   VARCHAR(200) NULL,
    expires_on    DATE         NOT NULL,
    created_at    DATETIME     NOT NULL,
    CONSTRAINT uq_member_card_number UNIQUE (card_number)
);

CREATE TABLE visit (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_instance_id  VARCHAR(64)  NULL,
    visitor_type         VARCHAR(10)  NOT NULL,
    member_id            BIGINT       NULL,
    age_group            VARCHAR(20)  NULL,
    purpose              VARCHAR(30)  NULL,
    origin               VARCHAR(30)  NULL,
    institution          VARCHAR(120) NULL,
    consent_given_at     DATETIME     NULL,
    count_children       INT          NOT NULL DEFAULT 0,
    count_teens          INT          NOT NULL DEFAULT 0,
    count_adults         INT          NOT NULL DEFAULT 0,
    count_elderly        INT          NOT NULL DEFAULT 0,
    head_count           INT          NOT NULL,
    membership_expired   BOOLEAN      NOT NULL DEFAULT FALSE,
    kiosk                VARCHAR(60)  NULL,
    checked_in_at        DATETIME     NOT NULL,
    checked_out_at       DATETIME     NULL,
    close_reason         VARCHAR(20)  NULL,
    duration_minutes     INT          NULL,
    CONSTRAINT fk_visit_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_visit_head_count CHECK (head_count > 0)
);

CREATE INDEX ix_visit_member_checked_in ON visit (member_id, checked_in_at);
CREATE INDEX ix_visit_checked_in ON visit (checked_in_at);
CREATE INDEX ix_visit_process_instance ON visit (process_instance_id);

-- One row per weekday (1 = Monday … 7 = Sunday, ISO-8601); closed days have no times.
CREATE TABLE opening_hours (
    day_of_week  INT      NOT NULL PRIMARY KEY,
    opens_at     TIME     NULL,
    closes_at    TIME     NULL,
    closed       BOOLEAN  NOT NULL DEFAULT FALSE
);

INSERT INTO opening_hours (day_of_week, opens_at, closes_at, closed) VALUES (1, '08:00:00', '20:00:00', FALSE);
INSERT INTO opening_hours (day_of_week, opens_at, closes_at, closed) VALUES (2, '08:00:00', '20:00:00', FALSE);
INSERT INTO opening_hours (day_of_week, opens_at, closes_at, closed) VALUES (3, '08:00:00', '20:00:00', FALSE);
INSERT INTO opening_hours (day_of_week, opens_at, closes_at, closed) VALUES (4, '08:00:00', '20:00:00', FALSE);
INSERT INTO opening_hours (day_of_week, opens_at, closes_at, closed) VALUES (5, '08:00:00', '20:00:00', FALSE);
INSERT INTO opening_hours (day_of_week, opens_at, closes_at, closed) VALUES (6, '08:00:00', '15:00:00', FALSE);
INSERT INTO opening_hours (day_of_week, opens_at, closes_at, closed) VALUES (7, '08:00:00', '15:00:00', FALSE);
