import Testing
import TestSupport

/// `vetrina freshness`: overdue cards by organisation, exit status 3 when any, 0 when none.
@Suite(.blocking) struct FreshnessCommandTests {
    @Test func listsOverdueDemoCardsByOrganisationAndExitsNonZero() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        #expect(try CLIRunner.run(["seed", "--db", db]).exitCode == 0)
        let none = try CLIRunner.run(["freshness", "--db", db])
        #expect(none.exitCode == 0, "\(none.stderr)")
        #expect(none.stdout.contains("Nessuna scheda da verificare"))
        #expect(try CLIRunner.run(["seed", "--db", db, "--demo"]).exitCode == 0)
        let overdue = try CLIRunner.run(["freshness", "--db", db, "--months", "12"])
        #expect(overdue.exitCode == 3)
        #expect(overdue.stdout.contains("non verificate da più di 12 mesi"))
        #expect(overdue.stdout.contains("\nSocietà Mutua Piemonte ETS\n"))
        #expect(overdue.stdout.contains("riferimento 2022-12-31 [retrocessa nella ricerca]"))
        #expect(try CLIRunner.run(["freshness", "--db", db, "--months", "0"]).exitCode == 2)
    }
}
