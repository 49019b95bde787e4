/// Counts for `vetrina stats`, `/metrics` and the needs analysis (search statistics).
public struct StatsRepository: Sendable {
    private let pool: DatabasePool

    /// A repository over `pool`.
    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// How many of each thing the catalog holds.
    public func counts() throws -> CatalogCounts {
        try pool.read { db in
            func count(_ sql: String) throws -> Int { try db.scalar(sql) ?? 0 }
            var byStatus: [ServiceStatus: Int] = [:]
            for row in try db.query("SELECT status, count(*) FROM service GROUP BY status") {
                if let status = ServiceStatus(rawValue: try row.get(0)) { byStatus[status] = try row.get(1) }
            }
            return CatalogCounts(
                comuni: try count("SELECT count(*) FROM comune"),
                provinces: try count("SELECT count(*) FROM province"),
                areas: try count("SELECT count(*) FROM area"),
                organizations: try count("SELECT count(*) FROM organization"),
                services: byStatus.values.reduce(0, +), servicesByStatus: byStatus,
                demoServices: try count("SELECT count(*) FROM service WHERE is_demo = 1"),
                revisions: try count("SELECT count(*) FROM revision"),
                users: try count("SELECT count(*) FROM app_user"),
                taxonomyTerms: try Taxonomy.allCases.reduce(0) { $0 + (try count("SELECT count(*) FROM \($1.tableName)")) })
        }
    }

    /// Adds one search to the aggregate for (`day`, `needCode`, `territoryId`); `needCode` ""
    /// and `territoryId` 0 mean "no such filter". Nothing identifying is stored.
    public func recordSearch(day: CalendarDay, needCode: String, territoryId: Int64, resultCount: Int) throws {
        try pool.write { db in
            try db.run("""
                INSERT INTO search_stat (day, need_code, territory_id, searches, zero_results) VALUES (?, ?, ?, 1, ?)
                ON CONFLICT (day, need_code, territory_id) DO UPDATE SET
                    searches = searches + 1, zero_results = zero_results + excluded.zero_results
                """, day, needCode, territoryId, resultCount == 0 ? 1 : 0)
        }
    }

    /// Aggregates from `since` on, most searched first.
    public func searchStats(since: CalendarDay, limit: Int = 100) throws -> [SearchStat] {
        try pool.read { db in
            try db.query("""
                SELECT day, need_code, territory_id, searches, zero_results FROM search_stat WHERE day >= ?
                ORDER BY searches DESC, day DESC LIMIT ?
                """, since, limit).map { row in
                SearchStat(day: try row.get("day"), needCode: try row.get("need_code"),
                           territoryId: try row.get("territory_id"), searches: try row.get("searches"),
                           zeroResults: try row.get("zero_results"))
            }
        }
    }
}
