import Foundation
import Storage
import Testing
import TestSupport

/// The command-line writers leave the trail an editor's write does (issue 12): `vetrina seed` and
/// `vetrina import-hsds` record a revision per card and an audit line per card and organisation,
/// by a system author naming the tool.
@Suite(.blocking) struct CLIAuditTrailTests {
    @Test func seedAndImportHSDSRecordRevisionsAndAuditLinesByTheirTool() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite"), file = dir.path("one.ndjson")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        let demo = try CLIRunner.run(["seed", "--db", db, "--demo"])
        #expect(demo.exitCode == 0, "\(demo.stderr)")
        let synthetic = try CLIRunner.run(["seed", "--db", db, "--synthetic", "30"])
        #expect(synthetic.exitCode == 0, "\(synthetic.stderr)")
        let line = ImportHSDSCommandTests.line(id: "0b6f4b3a-1d2c-4e5f-8a9b-0c1d2e3f4a5b", name: "Assistenza a domicilio")
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let imported = try CLIRunner.run(["import-hsds", "--db", db, file])
        #expect(imported.exitCode == 0, "\(imported.stderr)")

        let pool = try DatabasePool(path: db)
        defer { pool.close() }
        let rows: [String] = try pool.read { db in
            try db.query("""
                SELECT actor || ' ' || action || ' ' || count(*) FROM audit_log WHERE user_id IS NULL
                GROUP BY actor, action ORDER BY actor, action
                """).map { try $0.get(0) }
        }
        let demoCards: Int = try pool.read { try $0.scalar("SELECT count(*) FROM service WHERE external_id LIKE 'demo:%'") } ?? 0
        let demoOrganizations: Int = try pool.read { try $0.scalar("SELECT count(*) FROM organization WHERE slug NOT LIKE 'ente-sintetico-%' AND source <> 'Importazione HSDS'") } ?? 0
        #expect(demoCards > 0 && demoOrganizations > 0)
        #expect(rows.contains("sistema: seed --demo service.create \(demoCards)"), "\(rows)")
        #expect(rows.contains("sistema: seed --demo organization.create \(demoOrganizations)"), "\(rows)")
        #expect(rows.contains("sistema: seed --synthetic service.create 30"), "\(rows)")
        #expect(rows.contains("sistema: seed --synthetic organization.create 200"), "\(rows)")
        #expect(rows.contains("sistema: import-hsds service.create 1"), "\(rows)")
        #expect(rows.contains("sistema: import-hsds organization.create 1"), "\(rows)")
        let revisions: [String] = try pool.read { db in
            try db.query("SELECT author || ' ' || count(*) FROM revision GROUP BY author ORDER BY author").map { try $0.get(0) }
        }
        #expect(revisions == ["sistema: import-hsds 1", "sistema: seed --demo \(demoCards)", "sistema: seed --synthetic 30"])
        #expect(try pool.read { try $0.scalar("SELECT count(*) FROM audit_log WHERE user_id IS NOT NULL", as: Int.self) } == 0)
    }
}
