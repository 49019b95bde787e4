import Foundation
@testable import Catalog
@testable import Storage

/// A migrated database in its own temporary directory, optionally seeded.
struct CatalogFixture {
    let dir: TemporaryDirectory
    let pool: DatabasePool

    init(seedBase: Bool = true) throws {
        dir = try TemporaryDirectory()
        pool = try DatabasePool(path: dir.path("catalog.sqlite"))
        try Migrator(directory: repositoryMigrations).migrate(pool)
        let seeder = CatalogSeeder(pool: pool, now: { Date(timeIntervalSince1970: 1_750_000_000) })
        if seedBase { _ = try seeder.seedBase() }
    }

    func remove() {
        pool.close()
        dir.remove()
    }
}
