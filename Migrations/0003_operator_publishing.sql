-- 0003_operator_publishing.sql — an operatore_ente may be allowed to publish the cards of the
-- organizations assigned to them (issue 5: "cannot publish unless allowed").
-- Append-only: never edit after it ships.

ALTER TABLE app_user ADD COLUMN can_publish INTEGER NOT NULL DEFAULT 0 CHECK (can_publish IN (0, 1));
