-- 0010_needs_survey.sql — issue 10: the employee needs questionnaire a firm runs without an
-- account ("mappatura dei bisogni"). The public link's token is stored as is (it only lets
-- staff answer); the admin link's token only as its SHA-256. Answers carry no timestamp and no
-- client data, so a small firm cannot tell who answered when.
-- Append-only: never edit after it ships.

CREATE TABLE needs_survey (
    id               INTEGER PRIMARY KEY,
    public_token     TEXT NOT NULL UNIQUE CHECK (length(public_token) BETWEEN 16 AND 64),
    admin_token_hash TEXT NOT NULL UNIQUE CHECK (length(admin_token_hash) = 64),
    firm_name        TEXT NOT NULL CHECK (length(firm_name) BETWEEN 1 AND 200),
    comune_id        INTEGER REFERENCES comune(id),
    closes_on        TEXT NOT NULL CHECK (closes_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    closed_at        INTEGER,
    created_at       INTEGER NOT NULL
) STRICT;

CREATE TABLE needs_survey_response (
    id             INTEGER PRIMARY KEY,
    survey_id      INTEGER NOT NULL REFERENCES needs_survey(id) ON DELETE CASCADE,
    comune_id      INTEGER REFERENCES comune(id),
    children_band  TEXT NOT NULL CHECK (children_band IN ('nessuno', 'uno', 'due_o_piu')),
    elderly_care   INTEGER NOT NULL CHECK (elderly_care IN (0, 1)),
    disability     INTEGER NOT NULL CHECK (disability IN (0, 1))
) STRICT;
CREATE INDEX needs_survey_response_by_survey ON needs_survey_response(survey_id);

CREATE TABLE needs_survey_response_need (
    response_id INTEGER NOT NULL REFERENCES needs_survey_response(id) ON DELETE CASCADE,
    need_code   TEXT NOT NULL REFERENCES need(code),
    PRIMARY KEY (response_id, need_code)
) STRICT, WITHOUT ROWID;
