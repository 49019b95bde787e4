-- 0008_observatory_freshness.sql — the needs observatory (issue 9) and freshness as a contract.
--
-- Append-only: never edit after it ships (the migrator checks its SHA-256).

------------------------------------------------------------------------------------------
-- Needs observatory: anonymous, aggregated search counts. Nothing identifying is stored:
-- no IP, no session, no time of day, no free text. `search_stat` of 0001 was never written,
-- so it is replaced by a finer aggregate.
--   need_code     ''  = no need filter; a search with several needs counts once per need,
--                 and first_need = 1 on the row of its first need only, so totals over
--                 searches are sum(searches) WHERE first_need = 1
--   target_code   ''  = no target filter, '*' = several targets
--   territory_id  0   = no territory; else the comune, area or province searched
--   result_bucket 0 = no result (the zero-result flag), 1 = one, 2 = 2–5, 3 = 6–20, 4 = more
------------------------------------------------------------------------------------------
DROP TABLE search_stat;
CREATE TABLE search_stat (
    day           TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    need_code     TEXT NOT NULL DEFAULT '',
    territory_id  INTEGER NOT NULL DEFAULT 0,
    target_code   TEXT NOT NULL DEFAULT '',
    first_need    INTEGER NOT NULL CHECK (first_need IN (0, 1)),
    result_bucket INTEGER NOT NULL CHECK (result_bucket BETWEEN 0 AND 4),
    searches      INTEGER NOT NULL CHECK (searches > 0),
    PRIMARY KEY (day, need_code, territory_id, target_code, first_need, result_bucket)
) STRICT, WITHOUT ROWID;

-- Words typed in searches, only when they are known terms: a word whose stem is in the
-- search index vocabulary, or a word typed in at least k (5) searches of the same day
-- (counted in memory only until then). Folded to lowercase without accents.
CREATE TABLE search_term_stat (
    day          TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    term         TEXT NOT NULL CHECK (length(term) BETWEEN 3 AND 30 AND term NOT GLOB '*[^a-z]*'),
    searches     INTEGER NOT NULL CHECK (searches > 0),
    zero_results INTEGER NOT NULL DEFAULT 0 CHECK (zero_results BETWEEN 0 AND searches),
    PRIMARY KEY (day, term)
) STRICT, WITHOUT ROWID;

------------------------------------------------------------------------------------------
-- Freshness: who verified a card (an organisation, never a person) and the date its facts
-- come from (a mapping, a leaflet…), distinct from when the row was last written.
------------------------------------------------------------------------------------------
ALTER TABLE service ADD COLUMN verified_by_organization_id INTEGER REFERENCES organization(id);
ALTER TABLE service ADD COLUMN facts_date TEXT
    CHECK (facts_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');

-- The seeded demo cards come from the 2022 mapping (DemoText.factsDate).
UPDATE service SET facts_date = '2022-12-31' WHERE is_demo = 1 AND facts_date IS NULL;

------------------------------------------------------------------------------------------
-- A rejected proposal's reason, kept for its author (shown on their dashboard). The
-- proposal itself is deleted when closed (0005); audit_log keeps the full record.
------------------------------------------------------------------------------------------
CREATE TABLE proposal_rejection (
    id             INTEGER PRIMARY KEY,
    service_id     INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    author_user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    reason         TEXT NOT NULL CHECK (length(reason) > 0),
    rejected_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX proposal_rejection_by_author ON proposal_rejection(author_user_id, rejected_at);

------------------------------------------------------------------------------------------
-- Citizens' feedback on a card, without an account: a clarity rating (1–5, with reasons,
-- Designers Italia) or an error report (what is wrong, optional contact). Error reports go
-- to the operators of the card's organisation, who resolve them with a note (audit-logged).
-- No IP or other identifier of the sender is stored.
------------------------------------------------------------------------------------------
CREATE TABLE card_feedback (
    id              INTEGER PRIMARY KEY,
    service_id      INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('rating', 'error')),
    rating          INTEGER CHECK (rating BETWEEN 1 AND 5),
    reasons         TEXT NOT NULL DEFAULT '',          -- comma-separated reason codes
    message         TEXT NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
    contact         TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
    created_at      INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'resolved')),
    resolved_at     INTEGER,
    resolution_note TEXT,
    CHECK ((kind = 'rating') = (rating IS NOT NULL)),
    CHECK (kind = 'error' OR length(message) = 0)
) STRICT;
CREATE INDEX card_feedback_by_service ON card_feedback(service_id, kind, status);
