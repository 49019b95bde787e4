import Catalog
import Storage

/// The SQL of the observatory's aggregates, on a connection inside a write transaction.
struct SearchStatWriter {
    let db: Connection
    private let normalizer = TextNormalizer()

    func add(_ key: SearchStatKey, searches: Int) throws {
        try db.run("""
            INSERT INTO search_stat (day, need_code, territory_id, target_code, first_need, result_bucket, searches)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (day, need_code, territory_id, target_code, first_need, result_bucket)
            DO UPDATE SET searches = searches + excluded.searches
            """, key.day, key.needCode, key.territoryId, key.targetCode, key.firstNeed, key.bucket.rawValue, searches)
    }

    func add(_ key: TermKey, tally: TermTally) throws {
        try db.run("""
            INSERT INTO search_term_stat (day, term, searches, zero_results) VALUES (?, ?, ?, ?)
            ON CONFLICT (day, term) DO UPDATE SET searches = searches + excluded.searches,
                zero_results = zero_results + excluded.zero_results
            """, key.day, key.term, tally.searches, tally.zeroResults)
    }

    /// Whether `word`'s stem (or light stem) is in the stems of the search index (fts5vocab
    /// answers `term = ?` with an index lookup, sqlite.org/fts5.html §8).
    func isKnownWord(_ word: String) throws -> Bool {
        guard let term = normalizer.searchTerms(in: word).first else { return false }
        let found: Int? = try db.scalar("""
            SELECT 1 FROM service_fts_vocab WHERE term IN (?, ?) AND col IN ('title_stems', 'body_stems') LIMIT 1
            """, term.stem, term.lightStem)
        return found != nil
    }
}
