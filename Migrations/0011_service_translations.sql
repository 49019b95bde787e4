-- Issue 11 (two languages): optional translations of a card's citizen-facing texts.
-- Keyed by card and language (BCP 47 primary tag: 'en', later 'fr', 'ar', 'ro', 'sq'), so a
-- new language needs no schema change. Italian stays in `service`, the complete original;
-- a missing row or an empty column falls back to the Italian text on the public page.
-- Search keeps indexing the Italian text only.
CREATE TABLE service_translation (
    service_id   INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    language     TEXT    NOT NULL CHECK (length(language) BETWEEN 2 AND 8 AND language = lower(language)),
    title        TEXT    NOT NULL DEFAULT '',
    summary      TEXT    NOT NULL DEFAULT '',
    description  TEXT    NOT NULL DEFAULT '',
    eligibility  TEXT    NOT NULL DEFAULT '',
    how_to_apply TEXT    NOT NULL DEFAULT '',
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (service_id, language)
) WITHOUT ROWID;
