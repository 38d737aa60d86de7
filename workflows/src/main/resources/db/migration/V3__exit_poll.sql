-- Exit satisfaction poll: one-tap moods, optional SKM items (PermenPAN-RB 14/2017), improvement chips
-- and comments, follow-ups by managers, and the "Anda berkata -> Kami lakukan" items kiosks show.

CREATE TABLE poll_answer (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_instance_id  VARCHAR(64)   NULL,
    kiosk                VARCHAR(60)   NOT NULL,
    mood                 VARCHAR(20)   NOT NULL,
    answered_at          DATETIME      NOT NULL,
    visit_id             BIGINT        NULL,
    member_id            BIGINT        NULL,
    service_used         VARCHAR(30)   NULL,
    service_score        INT           NULL,
    improvements         VARCHAR(200)  NULL,
    comment              VARCHAR(1000) NULL,
    details_at           DATETIME      NULL,
    follow_up            BOOLEAN       NOT NULL DEFAULT FALSE,
    action_taken         VARCHAR(1000) NULL,
    you_said             VARCHAR(300)  NULL,
    we_did               VARCHAR(300)  NULL,
    reviewed_by          VARCHAR(64)   NULL,
    reviewed_at          DATETIME      NULL,
    CONSTRAINT fk_poll_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE SET NULL,
    CONSTRAINT fk_poll_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_poll_service_score CHECK (service_score IS NULL OR (service_score BETWEEN 1 AND 4))
);

CREATE INDEX ix_poll_answered ON poll_answer (answered_at);
CREATE INDEX ix_poll_kiosk_answered ON poll_answer (kiosk, answered_at);

CREATE TABLE skm_answer (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    poll_id      BIGINT       NOT NULL,
    element      VARCHAR(20)  NOT NULL,
    score        INT          NOT NULL,
    answered_at  DATETIME     NOT NULL,
    CONSTRAINT fk_skm_poll FOREIGN KEY (poll_id) REFERENCES poll_answer (id) ON DELETE CASCADE,
    CONSTRAINT ck_skm_score CHECK (score BETWEEN 1 AND 4),
    CONSTRAINT uq_skm_poll_element UNIQUE (poll_id, element)
);

CREATE INDEX ix_skm_answered ON skm_answer (answered_at);

-- How often each SKM element has been put to respondents; locked while the next items are chosen, so
-- every element gathers answers evenly (item sampling) however many kiosks ask at once.
CREATE TABLE skm_rotation (
    element  VARCHAR(20)  NOT NULL PRIMARY KEY,
    served   BIGINT       NOT NULL
);

INSERT INTO skm_rotation (element, served) VALUES ('PERSYARATAN', 0);
INSERT INTO skm_rotation (element, served) VALUES ('PROSEDUR', 0);
INSERT INTO skm_rotation (element, served) VALUES ('WAKTU', 0);
INSERT INTO skm_rotation (element, served) VALUES ('BIAYA', 0);
INSERT INTO skm_rotation (element, served) VALUES ('PRODUK', 0);
INSERT INTO skm_rotation (element, served) VALUES ('KOMPETENSI', 0);
INSERT INTO skm_rotation (element, served) VALUES ('PERILAKU', 0);
INSERT INTO skm_rotation (element, served) VALUES ('PENGADUAN', 0);
INSERT INTO skm_rotation (element, served) VALUES ('SARANA', 0);

-- Taps that came too soon after the previous answer on the same kiosk: not counted, but counted here.
CREATE TABLE poll_filtered_tap (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kiosk      VARCHAR(60)  NOT NULL,
    tapped_at  DATETIME     NOT NULL
);

CREATE INDEX ix_poll_filtered_tapped ON poll_filtered_tap (tapped_at);

-- "Anda berkata -> Kami lakukan": what visitors said and what the library did, shown on attract screens.
CREATE TABLE feedback_action (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    poll_id       BIGINT        NULL,
    you_said      VARCHAR(300)  NOT NULL,
    we_did        VARCHAR(300)  NOT NULL,
    published_by  VARCHAR(64)   NOT NULL,
    published_at  DATETIME      NOT NULL,
    withdrawn     BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_feedback_action_poll FOREIGN KEY (poll_id) REFERENCES poll_answer (id) ON DELETE SET NULL
);
