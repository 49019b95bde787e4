import Foundation
import Crypto

/// Applies the numbered `.sql` files of a directory, in order, each once.
///
/// Each file runs in its own write transaction together with the row that records its name
/// and SHA-256 checksum in `schema_migration`, so a file is either fully applied and recorded
/// or not at all. Before applying anything the migrator checks that every recorded file still
/// exists with the same checksum (sqlite.org/lang_transaction.html; GRDB's migrator does the same).
/// Files must not contain their own BEGIN/COMMIT.
public struct Migrator: Sendable {
    /// The directory holding `NNNN_name.sql` files.
    public let directory: URL

    /// A migrator for `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// Reads and checks the migration files, ordered by version. Files not ending in `.sql`
    /// are ignored.
    /// - Throws: `MigrationError` for a missing directory, bad names, duplicates or bad encoding.
    func loadFiles() throws -> [MigrationFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else { throw MigrationError.directoryNotFound(path: directory.path) }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        var files: [MigrationFile] = []
        for name in names {
            guard let version = MigrationFile.version(fromName: name) else { throw MigrationError.badFileName(name) }
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            guard let sql = String(data: data, encoding: .utf8) else { throw MigrationError.unreadable(name: name) }
            files.append(MigrationFile(version: version, name: name, sql: sql, checksum: SHA256.hexDigest(data)))
        }
        let byVersion = Dictionary(grouping: files, by: \.version)
        if let clash = byVersion.values.first(where: { $0.count > 1 }) {
            throw MigrationError.duplicateVersion(clash[0].version, names: clash.map(\.name))
        }
        return files
    }

    /// The files not applied yet to the database, after checking the applied ones.
    /// - Throws: `MigrationError.editedFile` / `.missingFile`, `SQLiteError`.
    func pendingFiles(in pool: DatabasePool) throws -> [MigrationFile] {
        let files = try loadFiles()
        let applied = try pool.write { db in
            try createTable(db)
            return try appliedRecords(db)
        }
        return try pending(files: files, applied: applied)
    }

    /// Applies every pending file and returns those it applied (empty when up to date).
    /// - Throws: `MigrationError` (nothing applied), or `SQLiteError` from the failing file
    ///   (earlier files stay applied; the failing one is rolled back).
    @discardableResult
    public func migrate(_ pool: DatabasePool) throws -> [MigrationFile] {
        let pendingFiles = try pendingFiles(in: pool)
        for file in pendingFiles {
            try pool.write { db in
                try db.execute(file.sql)
                try db.run("INSERT INTO schema_migration (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
                           file.version, file.name, file.checksum, Date())
            }
        }
        return pendingFiles
    }

    private func pending(files: [MigrationFile], applied: [AppliedMigration]) throws -> [MigrationFile] {
        let filesByVersion = Dictionary(uniqueKeysWithValues: files.map { ($0.version, $0) })
        for record in applied {
            guard let file = filesByVersion[record.version], file.name == record.name else {
                throw MigrationError.missingFile(name: record.name)
            }
            guard file.checksum == record.checksum else {
                throw MigrationError.editedFile(name: file.name, recordedChecksum: record.checksum,
                                                currentChecksum: file.checksum)
            }
        }
        let appliedVersions = Set(applied.map(\.version))
        return files.filter { !appliedVersions.contains($0.version) }
    }

    private func createTable(_ db: Connection) throws {
        try db.execute("""
            CREATE TABLE IF NOT EXISTS schema_migration (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                checksum   TEXT NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT
            """)
    }

    private func appliedRecords(_ db: Connection) throws -> [AppliedMigration] {
        try db.query("SELECT version, name, checksum FROM schema_migration ORDER BY version").map { row in
            AppliedMigration(version: try row.get("version"), name: try row.get("name"), checksum: try row.get("checksum"))
        }
    }
}

/// A row of `schema_migration`.
struct AppliedMigration {
    var version: Int
    var name: String
    var checksum: String
}
