-- Ask a librarian: questions with their routing, queue numbers, internal notes and service figures;
-- the kiosk FAQ; and who is on shift (so the kiosk offers "wait here" only when someone can come).

CREATE TABLE question (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_instance_id  VARCHAR(64)   NULL,
    topic                VARCHAR(20)   NOT NULL,
    text                 VARCHAR(1000) NOT NULL,
    channel              VARCHAR(10)   NOT NULL,
    email                VARCHAR(200)  NULL,
    queue_day            DATE          NULL,
    queue_seq            INT           NULL,
    queue_number         VARCHAR(10)   NULL,
    visit_id             BIGINT        NULL,
    member_id            BIGINT        NULL,
    age_group            VARCHAR(20)   NULL,
    kiosk                VARCHAR(60)   NULL,
    status               VARCHAR(20)   NOT NULL,
    candidate_group      VARCHAR(40)   NULL,
    priority             INT           NOT NULL DEFAULT 50,
    due_at               DATETIME      NULL,
    asked_at             DATETIME      NOT NULL,
    claimed_at           DATETIME      NULL,
    claimed_by           VARCHAR(64)   NULL,
    called_at            DATETIME      NULL,
    desk                 VARCHAR(40)   NULL,
    escalated_at         DATETIME      NULL,
    answer               VARCHAR(4000) NULL,
    answered_by          VARCHAR(64)   NULL,
    answered_at          DATETIME      NULL,
    outcome              VARCHAR(20)   NULL,
    partner_institution  VARCHAR(120)  NULL,
    delivered_at         DATETIME      NULL,
    deadline_met         BOOLEAN       NULL,
    closed_at            DATETIME      NULL,
    CONSTRAINT uq_question_queue UNIQUE (queue_day, queue_seq),
    CONSTRAINT fk_question_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE SET NULL,
    CONSTRAINT fk_question_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE INDEX ix_question_asked ON question (asked_at);
CREATE INDEX ix_question_called ON question (queue_day, called_at);
CREATE INDEX ix_question_process_instance ON question (process_instance_id);

-- Internal notes, transfers and supervisor decisions: for staff only, never shown or sent to the visitor.
CREATE TABLE question_note (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id  BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    created_at   DATETIME      NOT NULL,
    CONSTRAINT fk_question_note_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
);

-- One row per queue; the row is locked while a number is drawn, so two kiosks never draw the same one.
-- The number starts again at 1 on the first draw of a new day.
CREATE TABLE queue_counter (
    queue_name   VARCHAR(10)  NOT NULL PRIMARY KEY,
    queue_day    DATE         NOT NULL,
    last_number  INT          NOT NULL
);

INSERT INTO queue_counter (queue_name, queue_day, last_number) VALUES ('A', DATE '2000-01-01', 0);

CREATE TABLE faq (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic               VARCHAR(20)   NOT NULL,
    question            VARCHAR(1000) NOT NULL,
    answer              VARCHAR(4000) NOT NULL,
    source_question_id  BIGINT        NULL,
    published_by        VARCHAR(64)   NOT NULL,
    published_at        DATETIME      NOT NULL,
    withdrawn           BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_faq_question FOREIGN KEY (source_question_id) REFERENCES question (id) ON DELETE SET NULL
);

-- Librarians on shift now. A walk-in queue number is only offered when someone of the routed group is here.
CREATE TABLE staff_shift (
    username    VARCHAR(64)  NOT NULL PRIMARY KEY,
    started_at  DATETIME     NOT NULL
);
