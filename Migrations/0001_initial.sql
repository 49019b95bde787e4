-- 0001_initial.sql — the Vetrina Welfare catalog schema.
--
-- Append-only: never edit this file after it ships; add 0003_… instead (0002 is the FTS5
-- search index). The migrator records its SHA-256 and refuses to start if it changes.
--
-- Conventions
--   * Instants (*_at columns) are INTEGER unix seconds, UTC.
--   * Calendar days (valid_from, valid_to, search_stat.day) are TEXT 'YYYY-MM-DD'.
--   * Money is INTEGER euro cents. Booleans are INTEGER 0/1 (checked).
--   * Taxonomies are keyed by stable TEXT codes (ASCII, snake_case) used in URLs and imports;
--     the Italian labels can change freely.
--   * Tables are STRICT (sqlite.org/stricttables.html): a value of the wrong type is an error.

------------------------------------------------------------------------------------------
-- Taxonomies
------------------------------------------------------------------------------------------

CREATE TABLE need (
    code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE target (
    code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE delivery_mode (
    code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE organization_kind (
    code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE service_type (
    code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Categories of art. 51 TUIR (D.P.R. 917/1986) under which a corporate welfare plan may pay.
CREATE TABLE tuir_category (
    code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE payment_method (
    code        TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
    label       TEXT NOT NULL CHECK (length(label) > 0),
    description TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

------------------------------------------------------------------------------------------
-- Territories: one row per region / province / custom area / comune in `territory`,
-- with kind-specific details in the sub-tables sharing its id.
------------------------------------------------------------------------------------------

CREATE TABLE territory (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('region', 'province', 'area', 'comune')),
    code TEXT NOT NULL CHECK (length(code) > 0),  -- region/comune: ISTAT code; province: 'TO'; area: its own code
    name TEXT NOT NULL CHECK (length(name) > 0),
    slug TEXT NOT NULL CHECK (length(slug) > 0 AND slug NOT GLOB '*[^a-z0-9-]*'),
    UNIQUE (kind, code),
    UNIQUE (kind, slug)
) STRICT;

CREATE TABLE region (
    id         INTEGER PRIMARY KEY REFERENCES territory(id) ON DELETE CASCADE,
    istat_code TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE province (
    id                   INTEGER PRIMARY KEY REFERENCES territory(id) ON DELETE CASCADE,
    code                 TEXT NOT NULL UNIQUE CHECK (length(code) = 2),
    istat_code           TEXT NOT NULL UNIQUE CHECK (length(istat_code) = 3),
    region_id            INTEGER NOT NULL REFERENCES region(id),
    is_metropolitan_city INTEGER NOT NULL DEFAULT 0 CHECK (is_metropolitan_city IN (0, 1))
) STRICT;

CREATE TABLE comune (
    id             INTEGER PRIMARY KEY REFERENCES territory(id) ON DELETE CASCADE,
    istat_code     TEXT NOT NULL UNIQUE CHECK (length(istat_code) = 6 AND istat_code NOT GLOB '*[^0-9]*'),
    province_id    INTEGER NOT NULL REFERENCES province(id),
    cadastral_code TEXT NOT NULL UNIQUE CHECK (length(cadastral_code) = 4),
    nuts3          TEXT NOT NULL,
    is_capoluogo   INTEGER NOT NULL DEFAULT 0 CHECK (is_capoluogo IN (0, 1))
) STRICT;
CREATE INDEX comune_by_province ON comune(province_id);

CREATE TABLE comune_postal_code (
    comune_id   INTEGER NOT NULL REFERENCES comune(id) ON DELETE CASCADE,
    postal_code TEXT NOT NULL CHECK (length(postal_code) = 5 AND postal_code NOT GLOB '*[^0-9]*'),
    PRIMARY KEY (comune_id, postal_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX comune_postal_code_by_code ON comune_postal_code(postal_code);

-- Custom areas defined by admins: social-care districts, valleys, unioni montane…
CREATE TABLE area (
    id          INTEGER PRIMARY KEY REFERENCES territory(id) ON DELETE CASCADE,
    area_kind   TEXT NOT NULL CHECK (area_kind IN
                    ('distretto_socio_assistenziale', 'distretto_sanitario', 'valle',
                     'unione_montana', 'altro')),
    description TEXT NOT NULL DEFAULT ''
) STRICT;

-- A comune may belong to several areas.
CREATE TABLE area_comune (
    area_id   INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    comune_id INTEGER NOT NULL REFERENCES comune(id) ON DELETE CASCADE,
    PRIMARY KEY (area_id, comune_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX area_comune_by_comune ON area_comune(comune_id, area_id);

-- Every territory that contains a comune, with its proximity rank:
-- 0 the comune itself, 1 a custom area, 2 its province, 3 the region.
CREATE VIEW comune_container (comune_id, territory_id, proximity) AS
    SELECT c.id, c.id, 0 FROM comune c
    UNION ALL
    SELECT ac.comune_id, ac.area_id, 1 FROM area_comune ac
    UNION ALL
    SELECT c.id, c.province_id, 2 FROM comune c
    UNION ALL
    SELECT c.id, p.region_id, 3 FROM comune c JOIN province p ON p.id = c.province_id;

------------------------------------------------------------------------------------------
-- Organizations (enti)
------------------------------------------------------------------------------------------

CREATE TABLE organization (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    slug        TEXT NOT NULL UNIQUE CHECK (length(slug) > 0 AND slug NOT GLOB '*[^a-z0-9-]*'),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    kind_code   TEXT NOT NULL REFERENCES organization_kind(code),
    description TEXT NOT NULL DEFAULT '',
    tax_code    TEXT,            -- codice fiscale (11 digits for entities, 16 chars for persons)
    vat_number  TEXT,            -- partita IVA (11 digits)
    phone       TEXT,
    email       TEXT,
    pec         TEXT,
    website     TEXT,
    address     TEXT,            -- street and number
    postal_code TEXT,
    comune_id   INTEGER REFERENCES comune(id),
    verified    INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    source      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX organization_by_comune ON organization(comune_id);
CREATE INDEX organization_by_kind ON organization(kind_code);

-- Places where services are delivered. `is_confidential` hides the street address from the
-- public (e.g. anti-violence centres): only the comune is shown.
CREATE TABLE location (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER REFERENCES organization(id),
    name            TEXT NOT NULL DEFAULT '',
    address         TEXT,
    postal_code     TEXT,
    comune_id       INTEGER NOT NULL REFERENCES comune(id),
    opening_hours   TEXT,        -- free text; NULL when unknown
    notes           TEXT NOT NULL DEFAULT '',
    is_confidential INTEGER NOT NULL DEFAULT 0 CHECK (is_confidential IN (0, 1))
) STRICT;
CREATE INDEX location_by_comune ON location(comune_id);
CREATE INDEX location_by_organization ON location(organization_id);

------------------------------------------------------------------------------------------
-- Services (schede servizio)
------------------------------------------------------------------------------------------

CREATE TABLE service (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    external_id         TEXT UNIQUE,          -- key of the record in an imported CSV
    slug                TEXT NOT NULL UNIQUE CHECK (length(slug) > 0 AND slug NOT GLOB '*[^a-z0-9-]*'),
    organization_id     INTEGER NOT NULL REFERENCES organization(id),
    title               TEXT NOT NULL CHECK (length(title) > 0),
    summary             TEXT NOT NULL DEFAULT '',   -- descrizione breve
    description         TEXT NOT NULL DEFAULT '',   -- contenuti
    service_type_code   TEXT NOT NULL REFERENCES service_type(code),
    audience            TEXT NOT NULL DEFAULT '',   -- a chi è rivolto, in plain words
    how_to_access       TEXT NOT NULL DEFAULT '',   -- come fare
    required_documents  TEXT NOT NULL DEFAULT '',   -- cosa serve
    outcome             TEXT NOT NULL DEFAULT '',   -- cosa si ottiene
    times_and_deadlines TEXT NOT NULL DEFAULT '',   -- tempi e scadenze
    conditions          TEXT NOT NULL DEFAULT '',
    age_min             INTEGER CHECK (age_min BETWEEN 0 AND 130),
    age_max             INTEGER CHECK (age_max BETWEEN 0 AND 130),
    accessibility_notes TEXT NOT NULL DEFAULT '',
    -- Cost model (quanto costa).
    cost_kind           TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (cost_kind IN ('free', 'paid', 'contribution', 'variable', 'unknown')),
    cost_min_cents      INTEGER CHECK (cost_min_cents >= 0),
    cost_max_cents      INTEGER CHECK (cost_max_cents >= 0),
    cost_unit           TEXT NOT NULL DEFAULT '',   -- e.g. "all'ora", "al mese"
    cost_notes          TEXT NOT NULL DEFAULT '',
    -- Corporate welfare: the art. 51 TUIR category a welfare plan may pay under, if any.
    tuir_category_code  TEXT REFERENCES tuir_category(code),
    welfare_notes       TEXT NOT NULL DEFAULT '',
    -- Contacts.
    contact_phone       TEXT,
    contact_email       TEXT,
    contact_website     TEXT,
    contact_referent    TEXT,
    contact_hours       TEXT,
    -- Life cycle.
    valid_from          TEXT CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    valid_to            TEXT CHECK (valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
    archive_reason      TEXT,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    last_verified_at    INTEGER,
    source              TEXT NOT NULL DEFAULT '',
    is_demo             INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
    CHECK (cost_min_cents IS NULL OR cost_max_cents IS NULL OR cost_min_cents <= cost_max_cents),
    CHECK (cost_kind <> 'free' OR (coalesce(cost_min_cents, 0) = 0 AND coalesce(cost_max_cents, 0) = 0)),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CHECK (status <> 'archived' OR coalesce(length(archive_reason), 0) > 0)
) STRICT;
CREATE INDEX service_by_status_updated ON service(status, updated_at DESC);
CREATE INDEX service_by_organization ON service(organization_id, status);
CREATE INDEX service_by_type ON service(service_type_code);
CREATE INDEX service_by_tuir ON service(tuir_category_code) WHERE tuir_category_code IS NOT NULL;

CREATE TABLE service_need (
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    need_code  TEXT NOT NULL REFERENCES need(code),
    PRIMARY KEY (service_id, need_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX service_need_by_need ON service_need(need_code, service_id);

CREATE TABLE service_target (
    service_id  INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    target_code TEXT NOT NULL REFERENCES target(code),
    PRIMARY KEY (service_id, target_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX service_target_by_target ON service_target(target_code, service_id);

CREATE TABLE service_delivery_mode (
    service_id         INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    delivery_mode_code TEXT NOT NULL REFERENCES delivery_mode(code),
    PRIMARY KEY (service_id, delivery_mode_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX service_delivery_mode_by_mode ON service_delivery_mode(delivery_mode_code, service_id);

CREATE TABLE service_payment_method (
    service_id          INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    payment_method_code TEXT NOT NULL REFERENCES payment_method(code),
    PRIMARY KEY (service_id, payment_method_code)
) STRICT, WITHOUT ROWID;

-- ISO 639-1 codes of the languages the service is offered in.
CREATE TABLE service_language (
    service_id    INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    language_code TEXT NOT NULL CHECK (length(language_code) = 2 AND language_code NOT GLOB '*[^a-z]*'),
    PRIMARY KEY (service_id, language_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE service_location (
    service_id  INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES location(id),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, location_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX service_location_by_location ON service_location(location_id, service_id);

-- Served territory: comuni, custom areas, provinces or the whole region.
CREATE TABLE service_territory (
    service_id   INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    territory_id INTEGER NOT NULL REFERENCES territory(id),
    PRIMARY KEY (service_id, territory_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX service_territory_by_territory ON service_territory(territory_id, service_id);

------------------------------------------------------------------------------------------
-- Users, sessions, audit
------------------------------------------------------------------------------------------

CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (email LIKE '%_@_%'),
    display_name    TEXT NOT NULL CHECK (length(display_name) > 0),
    role            TEXT NOT NULL CHECK (role IN ('admin', 'redattore', 'operatore_ente')),
    password_hash   TEXT NOT NULL CHECK (length(password_hash) > 0),
    is_active       INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_sign_in_at INTEGER
) STRICT;

-- The organizations an operatore_ente may edit.
CREATE TABLE user_organization (
    user_id         INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organization_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX user_organization_by_organization ON user_organization(organization_id, user_id);

-- Sign-in sessions. Only a hash of the session token is stored.
CREATE TABLE session (
    id_hash      TEXT PRIMARY KEY CHECK (length(id_hash) = 64),
    user_id      INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    csrf_secret  TEXT NOT NULL CHECK (length(csrf_secret) > 0),
    CHECK (expires_at >= created_at)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_by_user ON session(user_id);
CREATE INDEX session_by_expiry ON session(expires_at);

-- Failed sign-in throttling, one row per key (e.g. 'email:…' or 'ip:…').
CREATE TABLE sign_in_throttle (
    key              TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    first_failure_at INTEGER NOT NULL,
    last_failure_at  INTEGER NOT NULL,
    locked_until     INTEGER
) STRICT, WITHOUT ROWID;

-- Who did what. Never updated or deleted by the application.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user_id     INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    actor       TEXT NOT NULL,               -- e-mail or 'sistema' at the time of the action
    action      TEXT NOT NULL CHECK (length(action) > 0),  -- e.g. 'service.update'
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json))
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log(entity_type, entity_id, at);
CREATE INDEX audit_log_by_time ON audit_log(at);

------------------------------------------------------------------------------------------
-- Revisions: every saved version of a card; nothing is ever lost.
------------------------------------------------------------------------------------------

CREATE TABLE revision (
    id             INTEGER PRIMARY KEY,
    service_id     INTEGER NOT NULL REFERENCES service(id),
    version        INTEGER NOT NULL CHECK (version >= 1),
    author_user_id INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    author         TEXT NOT NULL,            -- display name / e-mail, or 'sistema'
    created_at     INTEGER NOT NULL,
    snapshot_json  TEXT NOT NULL CHECK (json_valid(snapshot_json)),
    change_summary TEXT NOT NULL DEFAULT '',
    UNIQUE (service_id, version)
) STRICT;

------------------------------------------------------------------------------------------
-- Anonymous, aggregated search statistics (need × territory × day), zero results included.
-- need_code '' means "no need filter", territory_id 0 means "no territory filter".
------------------------------------------------------------------------------------------

CREATE TABLE search_stat (
    day          TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    need_code    TEXT NOT NULL DEFAULT '',
    territory_id INTEGER NOT NULL DEFAULT 0,
    searches     INTEGER NOT NULL DEFAULT 0 CHECK (searches >= 0),
    zero_results INTEGER NOT NULL DEFAULT 0 CHECK (zero_results >= 0 AND zero_results <= searches),
    PRIMARY KEY (day, need_code, territory_id)
) STRICT, WITHOUT ROWID;
