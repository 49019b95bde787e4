import Foundation
import Testing
import TestSupport

@Suite(.blocking) struct CLITests {
    @Test func migrateSeedStatsAndBackupWorkEndToEnd() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        let migrate = try CLIRunner.run(["migrate", "--db", db])
        #expect(migrate.exitCode == 0, "\(migrate.stderr)")
        #expect(migrate.stdout.contains("0001_initial.sql"))
        let again = try CLIRunner.run(["migrate", "--db", db])
        #expect(again.exitCode == 0)
        #expect(again.stdout.contains("nessuna migrazione"))
        let seed = try CLIRunner.run(["seed", "--db", db])
        #expect(seed.exitCode == 0, "\(seed.stderr)")
        #expect(seed.stdout.contains("1180 comuni"))
        let reseed = try CLIRunner.run(["seed", "--db", db])
        #expect(reseed.stdout.contains("nessuna modifica"))
        let stats = try CLIRunner.run(["stats", "--db", db])
        #expect(stats.exitCode == 0)
        #expect(stats.stdout.contains("Comuni: 1180"))
        #expect(stats.stdout.contains("Province: 8"))
        let backup = try CLIRunner.run(["backup", "--db", db, "--to", dir.path("copy.sqlite")])
        #expect(backup.exitCode == 0, "\(backup.stderr)")
        let copyStats = try CLIRunner.run(["stats", "--db", dir.path("copy.sqlite")])
        #expect(copyStats.stdout.contains("Comuni: 1180"))
        let overwrite = try CLIRunner.run(["backup", "--db", db, "--to", dir.path("copy.sqlite")])
        #expect(overwrite.exitCode == 1)
        #expect(overwrite.stderr.contains("esiste già"))
    }

    @Test func seedDemoIfNewLoadsOnceAndSyntheticAddsCards() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        let demo = try CLIRunner.run(["seed", "--db", db, "--demo", "--if-new"])
        #expect(demo.exitCode == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("Catalogo dimostrativo caricato"))
        let skipped = try CLIRunner.run(["seed", "--db", db, "--demo", "--if-new"])
        #expect(skipped.exitCode == 0)
        #expect(skipped.stdout.contains("non aggiunti (--if-new)"))
        let synthetic = try CLIRunner.run(["seed", "--db", db, "--synthetic", "30"])
        #expect(synthetic.exitCode == 0, "\(synthetic.stderr)")
        #expect(synthetic.stdout.contains("30 schede sintetiche aggiunte"))
        let stats = try CLIRunner.run(["stats", "--db", db])
        let demoCount = try #require(stats.stdout.split(separator: "\n").first { $0.hasPrefix("Schede: ") })
        #expect(Int(demoCount.dropFirst("Schede: ".count)).map { $0 >= 55 } == true)
    }

    @Test func migrateFindsMigrationsFromAnyDirectoryViaTheExecutable() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let result = try CLIRunner.run(["migrate", "--db", "v.sqlite"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("v.sqlite")))
    }

    @Test func migrateRefusesAnEditedMigration() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let migrations = dir.url.appendingPathComponent("m")
        try FileManager.default.createDirectory(at: migrations, withIntermediateDirectories: true)
        let file = migrations.appendingPathComponent("0001_a.sql")
        try "CREATE TABLE a (x INTEGER);".write(to: file, atomically: true, encoding: .utf8)
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db, "--migrations", migrations.path]).exitCode == 0)
        try "CREATE TABLE a (x TEXT);".write(to: file, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["migrate", "--db", db, "--migrations", migrations.path])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("0001_a.sql"))
        #expect(refused.stderr.contains("modificato"))
    }

    @Test(arguments: [
        (["frob"], "Comando sconosciuto"),
        (["seed", "--bogus"], "Opzione sconosciuta: --bogus"),
        (["seed", "--db"], "Manca il valore dell'opzione --db"),
        (["seed", "--db", "x.sqlite", "--synthetic", "tanti"], "numero intero"),
        (["seed", "--db", "x.sqlite", "--synthetic=-5"], "numero intero"),
        (["stats"], "Manca l'opzione obbligatoria --db"),
        (["backup", "--db", "a.sqlite"], "Manca l'opzione obbligatoria --to"),
        (["migrate", "stray"], "Argomento inatteso"),
        (["stats", "--db", "a", "--db", "b"], "ripetuta"),
    ])
    func badArgumentsExitWithUsageError(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func noArgumentsPrintsUsageAndFails() throws {
        let result = try CLIRunner.run([])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("Uso: vetrina COMANDO"))
    }

    @Test(arguments: ["migrate", "seed", "backup", "stats", "serve"])
    func everyCommandHasHelp(command: String) throws {
        let result = try CLIRunner.run([command, "--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Uso: vetrina \(command)"))
    }

    @Test func missingDatabaseIsAClearFailure() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let result = try CLIRunner.run(["stats", "--db", dir.path("none.sqlite")])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("Database non trovato"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("none.sqlite")))
    }

    @Test func seedOnAnUnmigratedDatabaseSaysToMigrateFirst() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        try Data().write(to: dir.url.appendingPathComponent("empty.sqlite"))
        let result = try CLIRunner.run(["seed", "--db", dir.path("empty.sqlite")])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("vetrina migrate"))
    }
}
