-- 0012_search_incremental.sql — what the search snapshot needs to be patched card by card.
--
-- Append-only: never edit after it ships (the migrator checks its SHA-256).
--
-- The in-memory snapshot (filters, facets, territory reach) is patched with the services in
-- `search_dirty` instead of being rebuilt on every write. For that, every change to a
-- service's own rows must name the service: delivery modes and served territories only bumped
-- the generation in 0002, so now they mark the service dirty as well.
CREATE TRIGGER search_service_mode_insert_dirty AFTER INSERT ON service_delivery_mode BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (NEW.service_id);
END;
CREATE TRIGGER search_service_mode_delete_dirty AFTER DELETE ON service_delivery_mode BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (OLD.service_id);
END;
CREATE TRIGGER search_service_territory_insert_dirty AFTER INSERT ON service_territory BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (NEW.service_id);
END;
CREATE TRIGGER search_service_territory_delete_dirty AFTER DELETE ON service_territory BEGIN
    INSERT OR IGNORE INTO search_dirty (service_id) VALUES (OLD.service_id);
END;

-- When each service last changed, as the search generation at the time it was marked dirty.
-- `search_dirty` is emptied by whoever re-indexes the text (shared, in the database); every
-- process or `ServiceSearch` keeps its own snapshot, so each asks "what changed since my
-- generation" here. A snapshot labelled g is only made when `search_dirty` was empty at g, so
-- a service still dirty was stamped at g or later and is found by `generation >= g`.
CREATE TABLE search_changed (
    service_id INTEGER PRIMARY KEY,
    generation INTEGER NOT NULL
) STRICT;
CREATE INDEX search_changed_generation ON search_changed (generation);
INSERT INTO search_changed (service_id, generation)
    SELECT service_id, (SELECT generation FROM search_state WHERE id = 1) FROM search_dirty;
-- UPDATE then INSERT, not INSERT OR REPLACE: the triggers of 0002 insert into search_dirty
-- with OR IGNORE, and SQLite applies that conflict policy to this trigger's statements too.
CREATE TRIGGER search_dirty_stamp AFTER INSERT ON search_dirty BEGIN
    UPDATE search_changed SET generation = (SELECT generation FROM search_state WHERE id = 1)
        WHERE service_id = NEW.service_id;
    INSERT OR IGNORE INTO search_changed (service_id, generation)
        VALUES (NEW.service_id, (SELECT generation FROM search_state WHERE id = 1));
END;

-- Changes that are not about one service: the territory tree (territories, areas and their
-- comuni) and the taxonomy term lists (bit positions depend on them). When this generation
-- moved, the snapshot is rebuilt in full.
CREATE TABLE search_structure (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
) STRICT;
INSERT INTO search_structure (id, generation) VALUES (1, 1);

CREATE TRIGGER search_structure_territory_insert AFTER INSERT ON territory BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_territory_update AFTER UPDATE ON territory BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_territory_delete AFTER DELETE ON territory BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_area_comune_insert AFTER INSERT ON area_comune BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_area_comune_delete AFTER DELETE ON area_comune BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_comune_update AFTER UPDATE OF province_id ON comune BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
-- Taxonomy terms: also bump the search generation, so the next search sees a new term.
CREATE TRIGGER search_structure_need_insert AFTER INSERT ON need BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_need_update AFTER UPDATE ON need BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_need_delete AFTER DELETE ON need BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_target_insert AFTER INSERT ON target BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_target_update AFTER UPDATE ON target BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_target_delete AFTER DELETE ON target BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_delivery_mode_insert AFTER INSERT ON delivery_mode BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_delivery_mode_update AFTER UPDATE ON delivery_mode BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_delivery_mode_delete AFTER DELETE ON delivery_mode BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_organization_kind_insert AFTER INSERT ON organization_kind BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_organization_kind_update AFTER UPDATE ON organization_kind BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_organization_kind_delete AFTER DELETE ON organization_kind BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_tuir_category_insert AFTER INSERT ON tuir_category BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_tuir_category_update AFTER UPDATE ON tuir_category BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER search_structure_tuir_category_delete AFTER DELETE ON tuir_category BEGIN
    UPDATE search_structure SET generation = generation + 1 WHERE id = 1;
    UPDATE search_state SET generation = generation + 1 WHERE id = 1;
END;
