-- 0013_translation_revisions.sql — a revision for every saved card translation.
--
-- Append-only: never edit after it ships (the migrator checks its SHA-256).
--
-- A card's `revision` rows are whole-card snapshots numbered by the card's `version`, the
-- number edit forms use for optimistic locking. Saving a translation (`service_translation`,
-- 0011) must not bump that number, or every open edit form of the card would conflict, so a
-- translation save gets its own row here instead: the texts as saved, who saved them and
-- when, written in the same transaction as the translation and its audit line. `change_kind`
-- says whether the save added the translation, changed it or removed it (all texts empty).
-- The card's history lists both kinds by time.
CREATE TABLE service_translation_revisions (
    id             INTEGER PRIMARY KEY,
    service_id     INTEGER NOT NULL REFERENCES service(id),
    language       TEXT    NOT NULL CHECK (length(language) BETWEEN 2 AND 8 AND language = lower(language)),
    title          TEXT    NOT NULL DEFAULT '',
    summary        TEXT    NOT NULL DEFAULT '',
    description    TEXT    NOT NULL DEFAULT '',
    eligibility    TEXT    NOT NULL DEFAULT '',
    how_to_apply   TEXT    NOT NULL DEFAULT '',
    change_kind    TEXT    NOT NULL CHECK (change_kind IN ('added', 'updated', 'removed')),
    author_user_id INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    author         TEXT    NOT NULL,         -- display name / e-mail, or 'sistema'
    saved_at       INTEGER NOT NULL,
    change_summary TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX service_translation_revisions_by_service ON service_translation_revisions (service_id, saved_at);
