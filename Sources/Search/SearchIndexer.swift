import Catalog
import Storage

/// Writes the FTS5 rows (`service_fts`) of services listed in `search_dirty`, computing the
/// stems in Swift (see 0002_search.sql), and removes rows of deleted services.
///
/// Only the writer node runs it (docs/SCALING.md, "Search on a replica"): after each catalog
/// commit (`afterCommitHook`, given to the editors by the wiring), at `vetrina serve` start-up,
/// after imports, and from `ServiceSearch` configured as the writer. A read-only `ServiceSearch`
/// never does: it serves what the index holds until the writer has caught up.
public struct SearchIndexer: Sendable {
    /// Services indexed per write transaction.
    var batchSize = 2_000
    private let normalizer = TextNormalizer()

    public init() {}

    /// Indexes every service left in `search_dirty`, in short write transactions of its own
    /// (`batchSize` services each); does nothing, and opens no write transaction, when none is
    /// dirty. Safe to call at any time and from many threads (writes queue on the pool's lock).
    /// - Returns: how many services were indexed.
    /// - Throws: `SQLiteError` (the services stay dirty; the next catch-up takes them).
    @discardableResult
    public func catchUp(_ pool: DatabasePool) throws -> Int {
        guard try pool.read({ db in try Self.hasDirty(db) }) else { return 0 }
        var cache: [String: String] = [:]
        var indexed = 0
        while true {
            let n = try pool.write { db in try indexBatch(db, cache: &cache) }
            indexed += n
            if n < batchSize { return indexed }
        }
    }

    /// The hook the wiring gives the editors (`afterCommit`): `catchUp` on `pool`, its failure
    /// only logged (the commit it follows stands, and the services stay dirty for the next one).
    public static func afterCommitHook(pool: DatabasePool, log: @escaping @Sendable (String) -> Void = { _ in })
        -> @Sendable () -> Void {
        let indexer = SearchIndexer()
        return {
            do { try indexer.catchUp(pool) } catch {
                log("Indice di ricerca non aggiornato dopo il salvataggio (riprova al prossimo): \(error)")
            }
        }
    }

    /// Whether any service waits in `search_dirty` (the text index is behind the catalog).
    static func hasDirty(_ db: Connection) throws -> Bool {
        try db.queryOne("SELECT 1 FROM search_dirty LIMIT 1") != nil
    }

    /// The smallest `search_changed` stamp of the services still dirty, nil when none is (see
    /// `ServiceSearch`: a snapshot read while some are dirty is labelled with it).
    static func oldestDirtyStamp(_ db: Connection) throws -> Int64? {
        guard try hasDirty(db) else { return nil }
        let stamp = try db.scalar("""
            SELECT min(c.generation) FROM search_dirty d JOIN search_changed c ON c.service_id = d.service_id
            """, as: Int64.self)
        return stamp ?? 0
    }

    /// Where the search bookkeeping stood: `search_state.generation` (any change) and
    /// `search_structure.generation` (territories, taxonomies).
    struct Labels: Equatable, Sendable {
        var generation: Int64
        var structure: Int64

        static func read(_ db: Connection) throws -> Labels {
            Labels(generation: try db.scalar("SELECT generation FROM search_state WHERE id = 1", as: Int64.self) ?? 0,
                   structure: try db.scalar("SELECT generation FROM search_structure WHERE id = 1", as: Int64.self) ?? 0)
        }
    }

    /// Up to `limit` dirty service ids, ascending.
    func dirtyIDs(_ db: Connection, limit: Int) throws -> [Int64] {
        try db.query("SELECT service_id FROM search_dirty ORDER BY service_id LIMIT ?", limit).compactMap { $0[0].searchInt }
    }

    /// Up to `limit` ids of services changed at `generation` or later (`search_changed`), ascending.
    /// `+service_id` keeps SQLite on the generation index (a range of the few recent stamps,
    /// then a sort): ordering by the bare primary key made it scan every row of the table,
    /// one row per card ever written, so each catch-up cost time proportional to the catalog.
    func changedIDs(_ db: Connection, since generation: Int64, limit: Int) throws -> [Int64] {
        try db.query("SELECT service_id FROM search_changed WHERE generation >= ? ORDER BY +service_id LIMIT ?", generation, limit)
            .compactMap { $0[0].searchInt }
    }

    /// Indexes up to `batchSize` dirty services inside the caller's write transaction.
    func indexBatch(_ db: Connection, cache: inout [String: String]) throws -> Int {
        let ids = try dirtyIDs(db, limit: batchSize)
        guard !ids.isEmpty else { return 0 }
        try index(Self.json(ids), db, cache: &cache)
        return ids.count
    }

    /// One bound JSON array, so the SQL text (and its cached statement) is the same for every batch.
    static func json(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// Re-indexes the services of `idsJSON` (deleted ones lose their row) and clears their
    /// dirty marks, inside the caller's write transaction.
    func index(_ idsJSON: String, _ db: Connection, cache: inout [String: String]) throws {
        var extra: [Int64: [String]] = [:]
        let relations = """
            SELECT sn.service_id, n.label FROM service_need sn JOIN need n ON n.code = sn.need_code WHERE sn.service_id IN (SELECT value FROM json_each(?1))
            UNION ALL
            SELECT st.service_id, t.label FROM service_target st JOIN target t ON t.code = st.target_code WHERE st.service_id IN (SELECT value FROM json_each(?1))
            UNION ALL
            SELECT sl.service_id, t.name FROM service_location sl JOIN location l ON l.id = sl.location_id
                JOIN territory t ON t.id = l.comune_id WHERE sl.service_id IN (SELECT value FROM json_each(?1))
            """
        try db.forEachRow(relations, arguments: [idsJSON]) { row in
            if let id = row[0].searchInt { extra[id, default: []].append(row[1].searchText) }
        }
        try db.run("DELETE FROM service_fts WHERE rowid IN (SELECT value FROM json_each(?1))", idsJSON)
        let services = """
            SELECT s.id, s.title, s.summary, s.description, s.audience, s.how_to_access, s.outcome,
                   o.name, coalesce(ty.label, '')
            FROM service s JOIN organization o ON o.id = s.organization_id
            LEFT JOIN service_type ty ON ty.code = s.service_type_code WHERE s.id IN (SELECT value FROM json_each(?1))
            """
        for row in try db.query(services, idsJSON) {
            guard let id = row[0].searchInt else { continue }
            let title = row[1].searchText
            let body = ((2...8).map { row[$0].searchText } + (extra[id] ?? [])).joined(separator: " ")
            try db.run("INSERT INTO service_fts (rowid, title, title_stems, body_stems) VALUES (?, ?, ?, ?)",
                       id, title, stems(of: title, cache: &cache), stems(of: body, cache: &cache))
        }
        try db.run("DELETE FROM search_dirty WHERE service_id IN (SELECT value FROM json_each(?1))", idsJSON)
    }

    /// The indexed form of `text`: for each meaningful word its Snowball stem and, when
    /// different, its light stem, separated by spaces.
    func stems(of text: String, cache: inout [String: String]) -> String {
        var out: [String] = []
        for word in normalizer.words(in: text) {
            if let cached = cache[word] {
                if !cached.isEmpty { out.append(cached) }
                continue
            }
            let folded = normalizer.fold(word)
            var entry = ""
            if !folded.isEmpty, !ItalianStopWords.contains(folded) {
                let terms = normalizer.searchTerms(in: word)
                if let term = terms.first {
                    entry = term.stem == term.lightStem ? term.stem : term.stem + " " + term.lightStem
                }
            }
            if cache.count < 200_000 { cache[word] = entry }
            if !entry.isEmpty { out.append(entry) }
        }
        return out.joined(separator: " ")
    }
}
