-- 0002_search.sql — the full-text index and the bookkeeping that keeps search fresh.
--
-- Append-only: never edit after it ships (the migrator checks its SHA-256).
--
-- Text: `service_fts` (FTS5, sqlite.org/fts5.html), one row per service, rowid = service.id.
--   title        the title as written; unicode61 folds case and removes diacritics, so
--                "Mondovi" matches "Mondovì"; used for as-you-type prefix matching
--   title_stems  Snowball Italian stems + light stems of the title, computed in Swift
--   body_stems   the same for summary, contents, audience, how to access, outcome, the
--                organisation's name, the service type / need / target labels and the
--                comuni where it is delivered
-- Stemming happens in Swift (Catalog/Text) because a custom FTS5 tokenizer needs C; queries
-- are stemmed the same way, so "anziano" finds "anziani". The Swift `SearchIndexer` writes
-- these rows; the triggers below only record which services need (re)indexing.
CREATE VIRTUAL TABLE service_fts USING fts5(
    title, title_stems, body_stems,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The index vocabulary per column (term, col, doc, cnt), for "did you mean" suggestions.
CREATE VIRTUAL TABLE service_fts_vocab USING fts5vocab(service_fts, 'col');

-- Services whose text must be (re)indexed before the next search (deleted ones included).
CREATE TABLE search_dirty (
    service_id INTEGER PRIMARY KEY
) STRICT;

-- Bumped by every change that can alter a search result; the in-memory search snapshot
-- (filters, facets, territory reach) is rebuilt when it sees a new generation.
CREATE TABLE search_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
) STRICT;
INSERT INTO search_state (id, generation) VALUES (1, 1);

-- Anything already in the catalog gets indexed by the first search.
INSERT INTO search_dirty (service_id) SELECT id FROM service;

CREATE TRIGGER search_service_insert AFTER INSERT ON service BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (NEW.id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_update AFTER UPDATE ON service BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (OLD.id), (NEW.id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_delete AFTER DELETE ON service BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (OLD.id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;

-- Relations of a service: needs, targets, modes and places are part of its text or filters.
CREATE TRIGGER search_service_need_insert AFTER INSERT ON service_need BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (NEW.service_id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_need_delete AFTER DELETE ON service_need BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (OLD.service_id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_target_insert AFTER INSERT ON service_target BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (NEW.service_id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_target_delete AFTER DELETE ON service_target BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (OLD.service_id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_mode_insert AFTER INSERT ON service_delivery_mode BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_mode_delete AFTER DELETE ON service_delivery_mode BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_location_insert AFTER INSERT ON service_location BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (NEW.service_id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_location_delete AFTER DELETE ON service_location BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (OLD.service_id);
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_territory_insert AFTER INSERT ON service_territory BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_service_territory_delete AFTER DELETE ON service_territory BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;

-- Things services point at: an organisation's name/kind, a location's comune, labels.
CREATE TRIGGER search_organization_update AFTER UPDATE OF name, kind_code ON organization BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id)
        SELECT id FROM service WHERE organization_id = NEW.id;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_location_update AFTER UPDATE OF comune_id ON location BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id)
        SELECT service_id FROM service_location WHERE location_id = NEW.id;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_need_update AFTER UPDATE OF label ON need BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id)
        SELECT service_id FROM service_need WHERE need_code = NEW.code;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_target_update AFTER UPDATE OF label ON target BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id)
        SELECT service_id FROM service_target WHERE target_code = NEW.code;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;

-- Territory structure: custom areas and their comuni change which services answer a comune.
CREATE TRIGGER search_territory_insert AFTER INSERT ON territory BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_territory_update AFTER UPDATE ON territory BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_territory_delete AFTER DELETE ON territory BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_area_comune_insert AFTER INSERT ON area_comune BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_area_comune_delete AFTER DELETE ON area_comune BEGIN
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
