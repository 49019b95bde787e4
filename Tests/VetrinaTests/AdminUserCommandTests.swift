import Foundation
import Testing
import TestSupport

/// `vetrina user create` on the built binary, with the password piped on standard input.
@Suite(.blocking) struct AdminUserCommandTests {
    private func run(_ arguments: [String], stdin: String) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, standardInput: stdin)
    }

    @Test func createsAnAdminWithAPipedPasswordAndNeverPrintsIt() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        let created = try run(["user", "create", "--db", db, "--email", "capo@rete.it", "--role", "admin", "--iterations", "10"],
                              stdin: "una frase lunga e segreta\n")
        #expect(created.exitCode == 0, "\(created.stderr)")
        #expect(created.stdout.contains("capo@rete.it (Amministratore)"))
        #expect(!created.stdout.contains("una frase lunga e segreta"))
        let again = try run(["user", "create", "--db", db, "--email", "CAPO@rete.it", "--role", "admin", "--iterations", "10"],
                            stdin: "una frase lunga e segreta\n")
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("Esiste già un utente"))
    }

    @Test func weakPipedPasswordIsRefusedAndNothingIsCreated() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        let weak = try run(["user", "create", "--db", db, "--email", "a@b.it", "--role", "redattore"], stdin: "corta\n")
        #expect(weak.exitCode == 1)
        #expect(weak.stderr.contains("almeno 12 caratteri"))
        let generated = try run(["user", "create", "--db", db, "--email", "a@b.it", "--role", "redattore",
                                 "--generate-password", "--iterations", "10"], stdin: "")
        #expect(generated.exitCode == 0, "\(generated.stderr)")
        let line = try #require(generated.stdout.split(separator: "\n").first { $0.hasPrefix("Password") })
        let password = String(line.split(separator: " ").last ?? "")
        #expect(password.count == 23 && password.split(separator: "-").count == 4)
    }

    @Test(arguments: [["user"], ["user", "delete"], ["user", "create", "--db", "/nope/x.sqlite", "--email", "a@b.it", "--role", "admin"],
                      ["user", "create", "--email", "a@b.it", "--role", "capo", "--db", "x"]])
    func badInvocationsFailWithAMessage(_ arguments: [String]) throws {
        let result = try run(arguments, stdin: "")
        #expect(result.exitCode != 0)
        #expect(!result.stderr.isEmpty)
    }
}
