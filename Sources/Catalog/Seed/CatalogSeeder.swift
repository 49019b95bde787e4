import Foundation

/// Fills a migrated database: territories and vocabularies (always), the demo catalog
/// (`seedDemo`), synthetic cards for benchmarks (`seedSynthetic`). Every step runs in one write
/// transaction (batches for synthetic data) and is idempotent.
public struct CatalogSeeder: Sendable {
    private let pool: DatabasePool
    private let now: @Sendable () -> Date

    /// A seeder over `pool`; `now` is the clock used for timestamps.
    public init(pool: DatabasePool, now: @escaping @Sendable () -> Date = { Date() }) {
        self.pool = pool
        self.now = now
    }

    /// Seeds the region, 8 provinces, 1,180 comuni with postal codes, and every vocabulary.
    /// - Throws: `SeedError` if the bundled comuni file is missing or malformed, `SQLiteError`.
    public func seedBase() throws -> SeedReport {
        let records = try ComuneRecord.loadBundled()
        return try pool.write { db in
            let before = db.totalChanges
            let terms = try TaxonomySeeder().seed(in: db)
            let comuni = try TerritorySeeder().seed(records, in: db)
            return SeedReport(changedRows: db.totalChanges - before, added: [("voci di vocabolario", terms), ("comuni", comuni)])
        }
    }

    /// Number of service cards in the catalog (any status).
    public func serviceCount() throws -> Int {
        try pool.read { try $0.scalar("SELECT count(*) FROM service") ?? 0 }
    }
}

extension CatalogSeeder {
    /// Seeds the demo catalog built from the 2022 mapping of the Cuneese and Pinerolese: custom
    /// areas (social-care districts, valleys), real organisations and their cards, labelled as
    /// demonstration data with honest unknowns. Needs `seedBase()` first.
    /// - Throws: `SeedError.baseDataMissing`, `SeedError.unknownReference`, `CatalogError`, `SQLiteError`.
    public func seedDemo() throws -> SeedReport {
        let time = now()
        return try pool.write { try DemoCatalogSeeder(now: time).seed(in: $0) }
    }

    /// Ensures `count` synthetic cards exist (TODO).
    public func seedSynthetic(count: Int) throws -> SeedReport { SeedReport() }
}
