-- Who changed which BPMN/DMN model from the managers' models page, and what happened to the
-- instances that were running on the version it replaced. Camunda keeps the deployments themselves.
CREATE TABLE model_change (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    definition_key       VARCHAR(255) NOT NULL,
    kind                 VARCHAR(10)  NOT NULL,
    action               VARCHAR(12)  NOT NULL,
    definition_id        VARCHAR(64)  NOT NULL,
    version              INT          NOT NULL,
    replaced_version     INT          NULL,
    changed_by           VARCHAR(64)  NOT NULL,
    changed_at           DATETIME     NOT NULL,
    file_name            VARCHAR(255) NULL,
    migrated             INT          NOT NULL DEFAULT 0,
    not_migrated         INT          NOT NULL DEFAULT 0
);

CREATE INDEX ix_model_change_key ON model_change (definition_key, changed_at);
CREATE INDEX ix_model_change_definition ON model_change (definition_id);
