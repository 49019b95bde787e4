import Foundation
import TestSupport
@testable import Catalog
@testable import Storage

/// A migrated database in its own temporary directory, optionally seeded: a copy of a template
/// `TestDatabase` builds once per test process.
struct CatalogFixture {
    let storage: TestDatabase
    var pool: DatabasePool { storage.pool }

    init(seedBase: Bool = true) throws {
        storage = try TestDatabase(seedBase ? .base(seededAt: Date(timeIntervalSince1970: 1_750_000_000)) : .empty,
                                   prefix: "vetrina-catalog-tests")
    }

    /// The base data and the demo catalog (`TestDatabase`'s `.demo` template).
    static func demo() throws -> CatalogFixture { CatalogFixture(storage: try TestDatabase(.demo, prefix: "vetrina-catalog-tests")) }

    private init(storage: TestDatabase) { self.storage = storage }

    func remove() { storage.remove() }
}
