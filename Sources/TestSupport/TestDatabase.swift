import Catalog
import Foundation
import Storage

/// A migrated SQLite database of its own, in its own temporary directory, for one test.
///
/// Migrating and seeding cost far more than copying a file, so each `Content` is built once per
/// test process (the first time a test asks for it, behind a lock) into a template, and every
/// `TestDatabase` starts as a copy of that template (SQLite's online backup API). Tests stay
/// isolated: each writes only to its own copy. `remove()` closes and deletes it (call it in `defer`).
public final class TestDatabase: Sendable {
    /// What the copy holds when it is handed out.
    public enum Content: Hashable, Sendable {
        /// The migrated schema only.
        case empty
        /// Plus the real territories and taxonomies (`CatalogSeeder.seedBase`), seeded at `seededAt`.
        case base(seededAt: Date? = nil)
        /// Plus the demo catalog (`CatalogSeeder.seedDemo`).
        case demo
    }

    public let directory: TemporaryDirectory
    public let pool: DatabasePool
    /// The database file.
    public var path: String { directory.path + "/db.sqlite" }

    /// A fresh copy of the template for `content`.
    /// - Throws: when the template cannot be built or copied (migration, seeding or file errors).
    public init(_ content: Content = .base(), configuration: DatabaseConfiguration = DatabaseConfiguration(),
                prefix: String = "vetrina-db") throws {
        directory = try TemporaryDirectory(prefix: prefix)
        do {
            try TestDatabaseTemplates.shared.copy(content, to: directory.path + "/db.sqlite")
            pool = try DatabasePool(path: directory.path + "/db.sqlite", configuration: configuration)
        } catch {
            directory.remove()
            throw error
        }
    }

    /// Closes the pool and deletes the directory.
    public func remove() {
        pool.close()
        directory.remove()
    }

    /// The repository's `Migrations/` directory, located from this source file.
    public static let migrations = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Migrations")
}

/// The templates behind `TestDatabase`, built on first use and kept until the process exits
/// (their directory is under the system temporary directory). `lock` guards `built`.
final class TestDatabaseTemplates: @unchecked Sendable {
    static let shared = TestDatabaseTemplates()

    private let lock = NSLock()
    private var built: [TestDatabase.Content: DatabasePool] = [:]
    private var directory: TemporaryDirectory?

    /// Writes a copy of the template for `content` to `destination`, building the template first
    /// when this process has not yet. Building holds the lock, so concurrent first uses build once.
    func copy(_ content: TestDatabase.Content, to destination: String) throws {
        let template = try lock.withLock { try templateLocked(content) }
        try template.backup(to: destination)
    }

    private func templateLocked(_ content: TestDatabase.Content) throws -> DatabasePool {
        if let existing = built[content] { return existing }
        let directory = try self.directory ?? TemporaryDirectory(prefix: "vetrina-templates")
        self.directory = directory
        let pool = try DatabasePool(path: directory.path + "/\(built.count).sqlite")
        _ = try Migrator(directory: TestDatabase.migrations).migrate(pool)
        switch content {
        case .empty:
            break
        case .base(let seededAt):
            let seeder = seededAt.map { date in CatalogSeeder(pool: pool, now: { date }) } ?? CatalogSeeder(pool: pool)
            _ = try seeder.seedBase()
        case .demo:
            let seeder = CatalogSeeder(pool: pool)
            _ = try seeder.seedBase()
            _ = try seeder.seedDemo()
        }
        built[content] = pool
        return pool
    }
}
