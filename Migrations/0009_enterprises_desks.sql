-- 0009_enterprises_desks.sql — issue 10: enterprises' welfare plans, contact requests to
-- providers, welfare desks ("sportelli") and their citizens' plans.
-- Append-only: never edit after it ships.

------------------------------------------------------------------------------------------
-- How a corporate welfare plan pays for a card (art. 51 TUIR) and what the firm must do.
------------------------------------------------------------------------------------------

ALTER TABLE service ADD COLUMN welfare_payment_mode TEXT
    CHECK (welfare_payment_mode IN ('rimborso', 'pagamento_diretto', 'voucher'));
ALTER TABLE service ADD COLUMN welfare_firm_steps TEXT NOT NULL DEFAULT '';

------------------------------------------------------------------------------------------
-- The `sportello` role (welfare desk operators). SQLite cannot ALTER a CHECK constraint, and
-- the usual table rebuild would cascade-delete sessions and assignments (foreign_keys cannot be
-- turned off inside the migration's transaction). Widening a CHECK changes no stored row, so
-- the documented writable_schema edit is safe here (sqlite.org/lang_altertable.html §7);
-- RESET reloads the schema, and the CREATE TABLEs below bump the schema cookie for the other
-- connections.
------------------------------------------------------------------------------------------

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'role IN (''admin'', ''redattore'', ''operatore_ente'')',
                          'role IN (''admin'', ''redattore'', ''operatore_ente'', ''sportello'')')
 WHERE type = 'table' AND name = 'app_user';
PRAGMA writable_schema = RESET;

-- Keys the server signs with (shortlist cookies, session-less form tokens). One row per purpose,
-- created on first use; deleting a row invalidates what was signed with it.
CREATE TABLE site_secret (
    name       TEXT PRIMARY KEY CHECK (length(name) > 0),
    value      TEXT NOT NULL CHECK (length(value) >= 32),
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

------------------------------------------------------------------------------------------
-- "Richiedi informazioni": one row per provider organisation reached by a firm's request.
------------------------------------------------------------------------------------------

CREATE TABLE contact_request (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    firm_name       TEXT NOT NULL CHECK (length(firm_name) BETWEEN 1 AND 200),
    size_band       TEXT NOT NULL CHECK (size_band IN ('micro', 'piccola', 'media', 'grande')),
    comune_id       INTEGER NOT NULL REFERENCES comune(id),
    contact_name    TEXT NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
    contact_email   TEXT NOT NULL CHECK (contact_email LIKE '%_@_%'),
    contact_phone   TEXT NOT NULL DEFAULT '',
    message         TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
    consent_at      INTEGER NOT NULL,            -- when the privacy notice was accepted
    status          TEXT NOT NULL DEFAULT 'nuova' CHECK (status IN ('nuova', 'in_corso', 'chiusa')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX contact_request_by_organization ON contact_request(organization_id, status, created_at);

CREATE TABLE contact_request_service (
    request_id INTEGER NOT NULL REFERENCES contact_request(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, service_id)
) STRICT, WITHOUT ROWID;

-- Mail waiting to be sent. The portal only writes here; a cron job sends the rows with
-- sent_at IS NULL and sets sent_at (or bumps attempts and last_error). See README, issue 10.
CREATE TABLE mail_outbox (
    id           INTEGER PRIMARY KEY,
    created_at   INTEGER NOT NULL,
    recipient    TEXT NOT NULL CHECK (recipient LIKE '%_@_%'),
    reply_to     TEXT NOT NULL DEFAULT '',
    subject      TEXT NOT NULL CHECK (length(subject) > 0),
    body         TEXT NOT NULL,
    related_type TEXT NOT NULL DEFAULT '',
    related_id   TEXT NOT NULL DEFAULT '',
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    sent_at      INTEGER,
    last_error   TEXT
) STRICT;
CREATE INDEX mail_outbox_pending ON mail_outbox(created_at) WHERE sent_at IS NULL;

------------------------------------------------------------------------------------------
-- Welfare desks: a citizen's plan saved by a desk operator. Only saved plans exist here (an
-- unsaved plan lives in the operator's browser); they are deleted when they expire.
------------------------------------------------------------------------------------------

CREATE TABLE desk_plan (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),  -- SHA-256 of the link's token
    created_by   INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    citizen_name TEXT NOT NULL DEFAULT '' CHECK (length(citizen_name) <= 120),
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    CHECK (expires_at > created_at)
) STRICT;
CREATE INDEX desk_plan_by_expiry ON desk_plan(expires_at);

CREATE TABLE desk_plan_item (
    plan_id    INTEGER NOT NULL REFERENCES desk_plan(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    PRIMARY KEY (plan_id, service_id)
) STRICT, WITHOUT ROWID;
