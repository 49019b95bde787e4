import Catalog
import Foundation
import Search
import Storage

/// A migrated SQLite database of its own, in its own temporary directory, for one test.
///
/// Migrating and seeding cost far more than copying a file, so each `Content` is built once per
/// test process (the first time a test asks for it, behind a lock) into a template, and every
/// `TestDatabase` starts as a file copy of that template (`DatabaseTemplate`). Tests stay
/// isolated: each writes only to its own copy. `remove()` closes and deletes it (call it in `defer`).
///
/// The copy is opened with `TestDatabase.unsynced` unless the test passes a configuration: a
/// scratch database lives and dies with its test, so waiting for the disk on every commit
/// (`synchronous=FULL`, the production default) bought nothing. A test about durability passes
/// `DatabaseConfiguration()` to keep FULL.
public final class TestDatabase: Sendable {
    /// What the copy holds when it is handed out.
    public enum Content: Hashable, Sendable {
        /// The migrated schema only.
        case empty
        /// Plus the real territories and taxonomies (`CatalogSeeder.seedBase`), seeded at `seededAt`.
        case base(seededAt: Date? = nil)
        /// `.base()` plus the demo catalog (`CatalogSeeder.seedDemo`), with the search index caught
        /// up (`SearchIndexer.catchUp`, as `vetrina serve` leaves it once started), so a portal over
        /// a copy does not index the whole catalog again at its first search.
        case demo
    }

    public let directory: TemporaryDirectory
    public let pool: DatabasePool
    /// The database file.
    public var path: String { directory.path + "/db.sqlite" }

    /// A fresh copy of the template for `content`.
    /// - Throws: when the template cannot be built or copied (migration, seeding or file errors).
    public init(_ content: Content = .base(), configuration: DatabaseConfiguration = TestDatabase.unsynced,
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

    /// Writes a copy of the template for `content` to `path` without opening it, for a test that
    /// hands the file to a child process (`vetrina serve`), which opens it with its own settings.
    /// - Throws: when the template cannot be built or the file cannot be copied (`path` must not exist).
    public static func copyTemplate(_ content: Content, to path: String) throws {
        try TestDatabaseTemplates.shared.copy(content, to: path)
    }

    /// Closes the pool and deletes the directory.
    public func remove() {
        pool.close()
        directory.remove()
    }

    /// The production defaults with `synchronous=OFF`: commits reach the file but are not flushed to
    /// the disk. Only for databases no test expects to survive a crash of the machine.
    public static let unsynced = DatabaseConfiguration(synchronous: "OFF")

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
    private var built: [TestDatabase.Content: DatabaseTemplate] = [:]
    private var directory: TemporaryDirectory?

    /// Writes a copy of the template for `content` to `destination`, building the template first
    /// when this process has not yet. Building holds the lock, so concurrent first uses build once.
    func copy(_ content: TestDatabase.Content, to destination: String) throws {
        let template = try lock.withLock { try templateLocked(content) }
        try template.copy(to: destination)
    }

    private func templateLocked(_ content: TestDatabase.Content) throws -> DatabaseTemplate {
        if let existing = built[content] { return existing }
        let directory = try self.directory ?? TemporaryDirectory(prefix: "vetrina-templates")
        self.directory = directory
        // The demo starts from the base template: the same migrations and seedBase, done once.
        let base = content == .demo ? try templateLocked(.base()) : nil
        let path = directory.path + "/\(built.count).sqlite"
        let pool: DatabasePool
        switch content {
        case .empty:
            pool = try DatabasePool(path: path, configuration: TestDatabase.unsynced)
            _ = try Migrator(directory: TestDatabase.migrations).migrate(pool)
        case .base(let seededAt):
            pool = try DatabasePool(path: path, configuration: TestDatabase.unsynced)
            _ = try Migrator(directory: TestDatabase.migrations).migrate(pool)
            let seeder = seededAt.map { date in CatalogSeeder(pool: pool, now: { date }) } ?? CatalogSeeder(pool: pool)
            _ = try seeder.seedBase()
        case .demo:
            try base?.copy(to: path)
            pool = try DatabasePool(path: path, configuration: TestDatabase.unsynced)
            _ = try CatalogSeeder(pool: pool).seedDemo()
            try SearchIndexer().catchUp(pool)
        }
        let template = try DatabaseTemplate(finishing: pool)
        built[content] = template
        return template
    }
}

/// A database file nothing writes any more, copied as a file: cheaper than SQLite's backup API,
/// which writes the copy page by page through a connection and syncs it to the disk.
public struct DatabaseTemplate: Sendable {
    /// The template's file.
    public let path: String
    private let pool: DatabasePool

    /// Folds `pool`'s write-ahead log into its main file (a TRUNCATE checkpoint), so that the file
    /// alone holds the whole database. Nothing may write to `pool` afterwards; it stays open.
    /// - Throws: when the checkpoint fails or cannot complete (a reader still holds a snapshot).
    public init(finishing pool: DatabasePool) throws {
        let busy: Int? = try pool.withWriter { try $0.scalar("PRAGMA wal_checkpoint(TRUNCATE)") }
        guard busy == 0 else { throw DatabaseTemplateError.checkpointIncomplete(path: pool.path) }
        self.pool = pool
        path = pool.path
    }

    /// Copies the template's file to `destination` (which must not exist). The copy keeps WAL mode
    /// (it is recorded in the file), so `DatabasePool` opens it as it would the original.
    public func copy(to destination: String) throws {
        try FileManager.default.copyItem(atPath: path, toPath: destination)
    }
}

/// Why a `DatabaseTemplate` could not be made.
public enum DatabaseTemplateError: Error, Equatable {
    /// The checkpoint left frames in the write-ahead log (something still read or wrote the file).
    case checkpointIncomplete(path: String)
}
