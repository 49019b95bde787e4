-- 0006_security_hardening.sql — issue 14 (security hardening) and the slug part of issue 11.
-- * slug_redirect: every slug a published card or organisation had before a rename keeps
--   answering with a 301 to the current one (slugs of public pages never change silently).
-- * organization_proposal: an operatore_ente's edit of their organisation waits here until an
--   editor or admin approves it (the same model as proposed_change for cards).
-- Append-only: never edit after it ships.

CREATE TABLE slug_redirect (
    kind       TEXT NOT NULL CHECK (kind IN ('service', 'organization')),
    old_slug   TEXT NOT NULL CHECK (length(old_slug) > 0),
    target_id  INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, old_slug)
) STRICT, WITHOUT ROWID;

CREATE TABLE organization_proposal (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL UNIQUE REFERENCES organization(id) ON DELETE CASCADE,
    author_user_id  INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    author          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    draft_json      TEXT NOT NULL CHECK (json_valid(draft_json)),  -- the full proposed OrganizationDraft
    change_summary  TEXT NOT NULL DEFAULT ''
) STRICT;
