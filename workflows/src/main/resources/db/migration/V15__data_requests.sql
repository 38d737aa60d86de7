-- "Data saya" (UU PDP, Law 27 of 2022): a data subject's requests to delete their personal data, and the
-- audit log of those requests. Once decided, a row keeps who decided, when, why and how many rows of each
-- kind were deleted or made anonymous; the subject's card number, ticket code and e-mail address are cleared
-- (subject_ref, contact_email). subject_hash recognises the subject's next scan, so the kiosk can tell the
-- outcome; it is cleared when the outcome has been shown or after 30 days.
CREATE TABLE data_request (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    process_instance_id  VARCHAR(64)   NULL,
    subject_kind         VARCHAR(10)   NOT NULL,
    subject_ref          VARCHAR(200)  NULL,
    subject_hash         VARCHAR(64)   NULL,
    contact_email        VARCHAR(200)  NULL,
    kiosk                VARCHAR(60)   NULL,
    requested_at         DATETIME      NOT NULL,
    due_at               DATETIME      NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    escalated_at         DATETIME      NULL,
    decided_by           VARCHAR(64)   NULL,
    decided_at           DATETIME      NULL,
    reason               VARCHAR(500)  NULL,
    erased_summary       VARCHAR(500)  NULL,
    erased_at            DATETIME      NULL,
    outcome_sent_at      DATETIME      NULL,
    outcome_shown_at     DATETIME      NULL
);

CREATE INDEX ix_data_request_hash ON data_request (subject_hash);
CREATE INDEX ix_data_request_requested ON data_request (requested_at);

-- A member's visits stay as statistics after their data is deleted: the member type they had (the report counts
-- visits by member type) and a random key, the same for all of that member's visits and derived from nothing
-- about them (the report counts distinct members who visited).
ALTER TABLE visit ADD COLUMN erased_member_type VARCHAR(60) NULL;
ALTER TABLE visit ADD COLUMN erased_member_key VARCHAR(36) NULL;
