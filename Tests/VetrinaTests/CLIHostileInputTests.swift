import Foundation
import Testing
import TestSupport

/// Bad input to the CLI: a clear Italian message, a non-zero exit code and no file written.
@Suite(.blocking) struct CLIHostileInputTests {
    static let migrations = CLIRunner.repositoryRoot.appendingPathComponent("Migrations").path

    @Test func migrateIntoAMissingDirectoryFailsWithoutCreatingAnything() throws {
        let result = try CLIRunner.run(["migrate", "--db", "/nonexistent-vetrina/dir/x.sqlite", "--migrations", Self.migrations])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("non esiste"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-vetrina"))
    }

    @Test func migrateWithAMissingMigrationsDirectoryLeavesNoNewDatabase() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let result = try CLIRunner.run(["migrate", "--db", dir.path("v.sqlite"), "--migrations", dir.path("none")])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("migrazioni non trovata"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty)
    }

    @Test func aFailingMigrationOnANewDatabaseLeavesNoFile() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let migrations = try Self.migrationsDirectory(in: dir, ["0001_a.sql": "CREATE TABLE a (x INTEGER);\nCREATE TABL oops;"])
        let result = try CLIRunner.run(["migrate", "--db", dir.path("v.sqlite"), "--migrations", migrations])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("Migrazione fallita"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("v.sqlite")))
    }

    @Test func aFailingMigrationOnAnExistingDatabaseKeepsItAsItWas() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let migrations = try Self.migrationsDirectory(in: dir, ["0001_a.sql": "CREATE TABLE a (x INTEGER);"])
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db, "--migrations", migrations]).exitCode == 0)
        try "CREATE TABLE b (x INTEGER);\nINSERT INTO nowhere VALUES (1);"
            .write(toFile: migrations + "/0002_b.sql", atomically: true, encoding: .utf8)
        let failed = try CLIRunner.run(["migrate", "--db", db, "--migrations", migrations])
        #expect(failed.exitCode == 1)
        #expect(FileManager.default.fileExists(atPath: db), "an existing database is never removed")
        try FileManager.default.removeItem(atPath: migrations + "/0002_b.sql")
        let again = try CLIRunner.run(["migrate", "--db", db, "--migrations", migrations])
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(again.stdout.contains("nessuna migrazione"), "0002 left no trace: \(again.stdout)")
    }

    @Test(arguments: [["migrate", "--migrations", migrations], ["seed"], ["stats"], ["backup", "--to", "copia.sqlite"]])
    func aFileThatIsNotSQLiteIsRefusedAndLeftUntouched(_ command: [String]) throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        var generator = SystemRandomNumberGenerator()
        let junk = Data("questo non è un database\n".utf8) + Data((0..<4_096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try junk.write(to: dir.url.appendingPathComponent("junk.sqlite"))
        let arguments = [command[0], "--db", dir.path("junk.sqlite")] + command.dropFirst().map { $0 == "copia.sqlite" ? dir.path($0) : $0 }
        let result = try CLIRunner.run(arguments)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("non è un database SQLite"), "\(result.stderr)")
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("junk.sqlite")) == junk)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["junk.sqlite"])
    }

    @Test(arguments: [["seed", "--synthetic", "abc"], ["seed", "--synthetic", "99999999999999999999999"],
                      ["seed", "--synthetic", "1e3"], ["seed", "--synthetic", ""]])
    func badSyntheticCountsAreUsageErrorsThatTouchNothing(_ arguments: [String]) throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let result = try CLIRunner.run([arguments[0], "--db", dir.path("v.sqlite")] + arguments.dropFirst())
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--synthetic"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty)
    }

    static func migrationsDirectory(in dir: ScratchDirectory, _ files: [String: String]) throws -> String {
        let url = dir.url.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, sql) in files { try sql.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url.path
    }
}
