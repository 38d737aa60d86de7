-- Days the library is closed although the weekly opening hours say it is open: national holidays and cuti
-- bersama (set each year by a joint decree of three ministers), and the library's own closures. Managers
-- keep them on /manage/hours; the attract screen, the closing-time timer and the IPLM report's service days
-- ("hari layanan") read them.
CREATE TABLE library_closure (
    closed_on   DATE          NOT NULL PRIMARY KEY,
    reason      VARCHAR(64)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  DATETIME      NOT NULL
);
