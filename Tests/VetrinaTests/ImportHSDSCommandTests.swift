import Foundation
import Testing
import TestSupport

/// `vetrina import-hsds`: imports an HSDS ndjson file, all or nothing, idempotent.
@Suite(.blocking) struct ImportHSDSCommandTests {
    static func line(id: String, name: String, comune: String = "001272") -> String {
        """
        {"id":"\(id)","organization_id":"6a1d1f3e-7c0b-4b36-9a53-1f0f6f3c2a01","name":"\(name)",\
        "description":"Aiuto a casa.","status":"active","last_modified":"2025-03-12T09:30:00Z",\
        "organization":{"id":"6a1d1f3e-7c0b-4b36-9a53-1f0f6f3c2a01","name":"Cooperativa Esempio",\
        "description":"Servizi alla persona.","legal_status":"cooperativa_sociale","uri":"https://x.example/enti/coop-esempio"},\
        "attributes":[{"link_type":"service_type","taxonomy_term":{"code":"assistenza_domiciliare"}},\
        {"link_type":"need","taxonomy_term":{"code":"anziani"}}],\
        "service_areas":[{"name":"Torino","extent_type":"comune","uri":"urn:istat:comune:\(comune)"}],\
        "languages":[{"code":"it"}]}
        """
    }

    @Test func importsOnceRefusesABrokenFileAndNamesTheLine() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite"), good = dir.path("good.ndjson"), bad = dir.path("bad.ndjson")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        #expect(try CLIRunner.run(["seed", "--db", db]).exitCode == 0)
        let first = Self.line(id: "0b6f4b3a-1d2c-4e5f-8a9b-0c1d2e3f4a5b", name: "Assistenza a domicilio")
        try Data((first + "\n").utf8).write(to: URL(fileURLWithPath: good))
        let second = Self.line(id: "1b6f4b3a-1d2c-4e5f-8a9b-0c1d2e3f4a5b", name: "Altro servizio", comune: "999999")
        try Data((first + "\n" + second + "\n").utf8).write(to: URL(fileURLWithPath: bad))

        let refused = try CLIRunner.run(["import-hsds", "--db", db, bad])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("riga 2, campo «service_areas[0].uri»"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Nessun dato è stato scritto"))
        let untouched = try CLIRunner.run(["stats", "--db", db]).stdout
        #expect(untouched.contains("Enti: 0\n") && untouched.contains("Schede: 0\n"))

        let imported = try CLIRunner.run(["import-hsds", "--db", db, good])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Servizi: 1 creati, 0 aggiornati, 0 invariati."))
        #expect(imported.stdout.contains("Enti: 1 creati"))
        let again = try CLIRunner.run(["import-hsds", "--db", db, good])
        #expect(again.stdout.contains("Servizi: 0 creati, 0 aggiornati, 1 invariati."), "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("Enti: 0 creati, 0 aggiornati, 1 invariati."))
        let stats = try CLIRunner.run(["stats", "--db", db]).stdout
        #expect(stats.contains("Enti: 1\n") && stats.contains("Pubblicata: 1\n") && stats.contains("Revisioni: 1\n"))

        let withoutNeed = dir.path("noneed.ndjson")
        let noNeed = Self.line(id: "2b6f4b3a-1d2c-4e5f-8a9b-0c1d2e3f4a5b", name: "Senza bisogno")
            .replacingOccurrences(of: "\"need\"", with: "\"target\"")
        try Data(noNeed.utf8).write(to: URL(fileURLWithPath: withoutNeed))
        let invalid = try CLIRunner.run(["import-hsds", "--db", db, withoutNeed])
        #expect(invalid.exitCode == 1)
        #expect(invalid.stderr.contains("riga 1, campo «attributes (need)»"), "\(invalid.stderr)")

        #expect(try CLIRunner.run(["import-hsds", "--db", db]).exitCode == 2)
        #expect(try CLIRunner.run(["import-hsds", "--db", db, dir.path("missing.ndjson")]).exitCode == 1)
    }
}
