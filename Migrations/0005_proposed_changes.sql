-- 0005_proposed_changes.sql — an edit to a published card by someone who may not publish is kept
-- as a proposed change: the published card stays live, unchanged, until a redattore publishes
-- or rejects the proposal (the usual "live version + draft revision in moderation" model).
-- One open proposal per card (a new save by the operator replaces it); closed proposals are
-- deleted and their outcome stays in audit_log.
-- Append-only: never edit after it ships.

CREATE TABLE proposed_change (
    id             INTEGER PRIMARY KEY,
    service_id     INTEGER NOT NULL UNIQUE REFERENCES service(id) ON DELETE CASCADE,
    base_version   INTEGER NOT NULL CHECK (base_version >= 1),  -- the card version it started from
    author_user_id INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    author         TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    snapshot_json  TEXT NOT NULL CHECK (json_valid(snapshot_json)),  -- RevisionSnapshot of the full proposed draft
    change_summary TEXT NOT NULL DEFAULT ''
) STRICT;
