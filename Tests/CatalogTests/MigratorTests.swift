import Foundation
import Testing
@testable import Catalog
@testable import Storage
import TestSupport

@Suite struct MigratorTests {
    private func makeMigrations(_ dir: TemporaryDirectory, _ files: [String: String]) throws -> URL {
        let url = URL(fileURLWithPath: dir.path).appendingPathComponent("Migrations")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, sql) in files { try sql.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func appliesRepositoryMigrationsToAFreshDatabase() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        let applied = try Migrator(directory: TestDatabase.migrations).migrate(pool)
        #expect(applied.first?.name == "0001_initial.sql")
        let tables: [String] = try pool.read { db in
            try db.query("SELECT name FROM sqlite_schema WHERE type = 'table'").map { try $0.get(0) }
        }
        for table in ["service", "organization", "comune", "area_comune", "revision", "app_user", "session",
                      "audit_log", "search_stat", "schema_migration", "sign_in_throttle"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let recorded: String? = try pool.read { try $0.scalar("SELECT checksum FROM schema_migration WHERE version = 1") }
        #expect(recorded == applied.first?.checksum)
        #expect(recorded?.count == 64)
    }

    @Test func rerunningIsANoOp() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try makeMigrations(dir, ["0001_a.sql": "CREATE TABLE a (x INTEGER);", "0002_b.sql": "INSERT INTO a VALUES (1);"])
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        #expect(try Migrator(directory: url).migrate(pool).count == 2)
        #expect(try Migrator(directory: url).migrate(pool).isEmpty)
        #expect(try pool.read { try $0.scalar("SELECT count(*) FROM a", as: Int.self) } == 1)
    }

    @Test func appliesOnlyNewFilesLater() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try makeMigrations(dir, ["0001_a.sql": "CREATE TABLE a (x INTEGER);"])
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        try Migrator(directory: url).migrate(pool)
        try "CREATE TABLE b (y INTEGER);".write(to: url.appendingPathComponent("0002_b.sql"), atomically: true, encoding: .utf8)
        #expect(try Migrator(directory: url).migrate(pool).map(\.name) == ["0002_b.sql"])
    }

    @Test func refusesAnEditedAppliedFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try makeMigrations(dir, ["0001_a.sql": "CREATE TABLE a (x INTEGER);"])
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        try Migrator(directory: url).migrate(pool)
        try "CREATE TABLE a (x INTEGER, y TEXT);".write(to: url.appendingPathComponent("0001_a.sql"), atomically: true, encoding: .utf8)
        #expect { try Migrator(directory: url).migrate(pool) } throws: { error in
            guard case .editedFile(let name, _, _)? = error as? MigrationError else { return false }
            return name == "0001_a.sql" && "\(error)".contains("modificato")
        }
    }

    @Test func refusesAMissingAppliedFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try makeMigrations(dir, ["0001_a.sql": "CREATE TABLE a (x INTEGER);", "0002_b.sql": "CREATE TABLE b (y INTEGER);"])
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        try Migrator(directory: url).migrate(pool)
        try FileManager.default.removeItem(at: url.appendingPathComponent("0002_b.sql"))
        #expect(throws: MigrationError.missingFile(name: "0002_b.sql")) { try Migrator(directory: url).migrate(pool) }
    }

    @Test func failingFileIsRolledBackAndNotRecorded() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try makeMigrations(dir, ["0001_a.sql": "CREATE TABLE a (x INTEGER);",
                                           "0002_b.sql": "CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);"])
        let pool = try DatabasePool(path: dir.path + "/db.sqlite")
        #expect(throws: SQLiteError.self) { try Migrator(directory: url).migrate(pool) }
        let tables: [String] = try pool.read { db in
            try db.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map { try $0.get(0) }
        }
        #expect(tables == ["a", "schema_migration"])
        #expect(try pool.read { try $0.scalar("SELECT count(*) FROM schema_migration", as: Int.self) } == 1)
    }

    @Test func rejectsBadNamesDuplicatesAndMissingDirectory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = try makeMigrations(dir, ["1_a.sql": "SELECT 1;"])
        #expect(throws: MigrationError.badFileName("1_a.sql")) { try Migrator(directory: bad).loadFiles() }
        try FileManager.default.removeItem(at: bad)
        let dup = try makeMigrations(dir, ["0001_a.sql": "SELECT 1;", "0001_b.sql": "SELECT 2;", "README.md": "x"])
        #expect { try Migrator(directory: dup).loadFiles() } throws: {
            if case .duplicateVersion(1, _)? = $0 as? MigrationError { return true } else { return false }
        }
        let missing = URL(fileURLWithPath: dir.path).appendingPathComponent("nope")
        #expect(throws: MigrationError.directoryNotFound(path: missing.path)) { try Migrator(directory: missing).loadFiles() }
    }

    @Test func locatorPrefersFlagThenCurrentDirectoryThenExecutableParents() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let repo = URL(fileURLWithPath: dir.path).appendingPathComponent("repo")
        let bin = repo.appendingPathComponent(".build/x86_64/release")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("Migrations"), withIntermediateDirectories: true)
        let elsewhere = URL(fileURLWithPath: dir.path).appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let locator = MigrationDirectoryLocator(currentDirectory: elsewhere, executable: bin.appendingPathComponent("vetrina"))
        #expect(locator.locate(explicit: nil)?.standardizedFileURL.path == repo.appendingPathComponent("Migrations").path)
        #expect(locator.locate(explicit: "custom")?.path == elsewhere.appendingPathComponent("custom").path)
        let inRepo = MigrationDirectoryLocator(currentDirectory: repo, executable: nil)
        #expect(inRepo.locate(explicit: nil)?.path == repo.appendingPathComponent("Migrations").path)
        #expect(MigrationDirectoryLocator(currentDirectory: elsewhere, executable: nil).locate(explicit: nil) == nil)
    }
}
