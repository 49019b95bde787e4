import Foundation
import Storage

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

    /// Ensures there are `count` synthetic cards (numbered 1…count), adding only the missing
    /// ones, in transactions of `batchSize` cards. Each card gets the same content on every run.
    /// - Throws: `SeedError.baseDataMissing`, `CatalogError`, `SQLiteError`.
    public func seedSynthetic(count: Int, batchSize: Int = 2_000) throws -> SeedReport {
        let time = now()
        let generator = SyntheticCatalogGenerator(now: time)
        let before = try pool.withWriter { $0.totalChanges }
        let (world, organizations, existing, highest) = try pool.write { db in
            let world = try SyntheticWorld(db: db)
            let existing: Int = try db.scalar("SELECT count(*) FROM service WHERE external_id LIKE 'synthetic:%'") ?? 0
            let highest: Int = try db.scalar("""
                SELECT coalesce(max(CAST(substr(external_id, 11) AS INTEGER)), 0) FROM service
                WHERE external_id LIKE 'synthetic:%'
                """) ?? 0
            return (world, try generator.organizations(world: world, in: db), existing, highest)
        }
        let added = max(0, count - existing)
        var next = highest + 1
        let end = highest + added
        while next <= end {
            let last = min(end, next + max(1, batchSize) - 1)
            try pool.write { try generator.addCards(from: next, to: last, world: world, organizations: organizations, in: $0) }
            next = last + 1
        }
        let changed = try pool.withWriter { $0.totalChanges } - before
        return SeedReport(changedRows: changed, added: [("schede sintetiche aggiunte", added)])
    }
}
