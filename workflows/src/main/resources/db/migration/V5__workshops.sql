-- Workshops and events: the programme, its sessions (a series has several), registrations with a
-- waitlist and expiring offers, tickets, and attendance per session.

CREATE TABLE workshop (
    id                      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                   VARCHAR(150)   NOT NULL,
    description             VARCHAR(2000)  NULL,
    type                    VARCHAR(20)    NOT NULL,
    audience                VARCHAR(60)    NOT NULL,
    room                    VARCHAR(100)   NOT NULL,
    capacity                INT            NOT NULL,
    seats_taken             INT            NOT NULL DEFAULT 0,
    waitlist_last           INT            NOT NULL DEFAULT 0,
    registration_opens_at   DATETIME       NOT NULL,
    registration_closes_at  DATETIME       NOT NULL,
    starts_at               DATETIME       NOT NULL,
    ends_at                 DATETIME       NOT NULL,
    partner                 VARCHAR(150)   NULL,
    status                  VARCHAR(20)    NOT NULL,
    created_by              VARCHAR(64)    NOT NULL,
    created_at              DATETIME       NOT NULL,
    cancelled_at            DATETIME       NULL,
    -- The database itself refuses more taken seats than there are: the last guard against overselling.
    CONSTRAINT ck_workshop_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity),
    CONSTRAINT ck_workshop_capacity CHECK (capacity > 0)
);

CREATE INDEX ix_workshop_starts ON workshop (starts_at);

CREATE TABLE workshop_session (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workshop_id  BIGINT        NOT NULL,
    starts_at    DATETIME      NOT NULL,
    ends_at      DATETIME      NOT NULL,
    room         VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_session_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE
);

CREATE TABLE registration (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workshop_id          BIGINT        NOT NULL,
    process_instance_id  VARCHAR(64)   NULL,
    person_key           VARCHAR(220)  NOT NULL,
    member_id            BIGINT        NULL,
    guest_name           VARCHAR(120)  NULL,
    phone                VARCHAR(30)   NULL,
    email                VARCHAR(200)  NULL,
    consent_given_at     DATETIME      NULL,
    status               VARCHAR(20)   NOT NULL,
    waitlist_position    INT           NULL,
    ticket_code          VARCHAR(20)   NULL,
    offer_token          VARCHAR(40)   NULL,
    feedback_token       VARCHAR(40)   NULL,
    registered_at        DATETIME      NOT NULL,
    confirmed_at         DATETIME      NULL,
    offered_at           DATETIME      NULL,
    offer_expires_at     DATETIME      NULL,
    ended_at             DATETIME      NULL,
    attended             BOOLEAN       NOT NULL DEFAULT FALSE,
    kiosk                VARCHAR(60)   NULL,
    -- One registration per person and workshop, whatever the number of kiosks.
    CONSTRAINT uq_registration_person UNIQUE (workshop_id, person_key),
    CONSTRAINT uq_registration_ticket UNIQUE (ticket_code),
    CONSTRAINT uq_registration_offer UNIQUE (offer_token),
    CONSTRAINT uq_registration_feedback UNIQUE (feedback_token),
    CONSTRAINT fk_registration_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT fk_registration_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE INDEX ix_registration_waitlist ON registration (workshop_id, status, id);

CREATE TABLE attendance (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration_id  BIGINT       NOT NULL,
    session_id       BIGINT       NOT NULL,
    scanned_at       DATETIME     NOT NULL,
    kiosk            VARCHAR(60)  NULL,
    -- A second scan of the same ticket for the same session counts once.
    CONSTRAINT uq_attendance UNIQUE (registration_id, session_id),
    CONSTRAINT fk_attendance_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES workshop_session (id) ON DELETE CASCADE
);

-- A rating of a workshop (from the link in the invitation) is an exit-poll answer about that workshop.
ALTER TABLE poll_answer ADD COLUMN workshop_id BIGINT NULL;
ALTER TABLE poll_answer ADD CONSTRAINT fk_poll_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE SET NULL;
