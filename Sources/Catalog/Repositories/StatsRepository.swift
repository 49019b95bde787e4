import Storage

/// Counts for `vetrina stats` and `/metrics` (the needs analysis is `ObservatoryRepository`).
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
}
