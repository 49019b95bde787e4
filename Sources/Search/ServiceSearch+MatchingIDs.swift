import Catalog
extension ServiceSearch {
    /// Ids of every public card matching `text` and answering `territoryId`, with exactly the
    /// text and territory semantics of `search(_:)` (so totals agree with the portal's search),
    /// but without ranking, paging or facets. Used by the open data API to filter its lists.
    /// - Throws: `SQLiteError` only for database failures.
    public func publicServiceIDs(text: String, territoryId: Int64?) throws -> Set<Int64> {
        let q = SearchQuery(text: text, territoryId: territoryId).normalized
        let snapshot = try currentSnapshot()
        return try pool.read { db in
            let textMatches = try matcher.matches(for: q, snapshot: snapshot, db: db)
            let filter = SnapshotFilter(query: q, snapshot: snapshot, today: today())
            let territory = q.territoryId.map { snapshot.proximities(for: $0) }
            let evaluation = snapshot.evaluate(filter, candidates: SnapshotCandidates(text: textMatches, territory: territory))
            return Set(evaluation.docs.map { snapshot.records[Int($0)].serviceID })
        }
    }
}
extension ServiceSearch: PublicServiceMatcher {}
