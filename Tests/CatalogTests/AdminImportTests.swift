import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

@Suite struct AdminImportTests {
    let editor = Operator(id: 1, email: "red@x.it", displayName: "Red", role: .editor)
    static let header = "id_esterno;titolo;ente;tipo_servizio;descrizione_breve;bisogni;territorio;sede_comune_istat;sede_indirizzo;costo_tipo;costo_min_euro;stato\n"
    static let good = header
        + "A-1;Assistenza a casa;coop-aurora;assistenza_domiciliare;Aiuto a casa;anziani;TO;001191;Via Roma 1;paid;18,50;published\n"
        + "A-2;Nido aziendale;coop-borea;servizi_infanzia;Nido per i figli;famiglia;piemonte;;;free;;draft\n"

    func count(_ db: AdminTestDatabase, _ sql: String = "SELECT count(*) FROM service") throws -> Int {
        try db.pool.read { try $0.scalar(sql, as: Int.self) ?? 0 }
    }

    @Test func dryRunReportsButWritesNothingThenCommitWritesAll() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)") }
        let importer = ServiceImporter(database: db.pool, clock: ManualClock())
        let dry = try importer.run(Array(Self.good.utf8), commit: false, by: editor)
        #expect(dry.problems == [] && dry.created == 2 && !dry.committed)
        #expect(try count(db) == 0)
        #expect(try count(db, "SELECT count(*) FROM revision") == 0)
        let done = try importer.run(Array(Self.good.utf8), commit: true, by: editor)
        #expect(done.committed && done.created == 2 && done.updated == 0)
        #expect(try count(db) == 2)
        #expect(try db.auditActions().suffix(1) == ["service.import"])
    }

    @Test func reimportUpdatesByExternalIdInsteadOfDuplicating() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)") }
        let importer = ServiceImporter(database: db.pool, clock: ManualClock())
        _ = try importer.run(Array(Self.good.utf8), commit: true, by: editor)
        let changed = Self.good.replacingOccurrences(of: "Assistenza a casa", with: "Assistenza domiciliare")
        let again = try importer.run(Array(changed.utf8), commit: true, by: editor)
        #expect(again.created == 0 && again.updated == 2)
        #expect(try count(db) == 2)
        let title: String? = try db.pool.read { try $0.scalar("SELECT title FROM service WHERE external_id = 'A-1'") }
        #expect(title == "Assistenza domiciliare")
        #expect(try count(db, "SELECT max(version) FROM service") == 2)
    }

    @Test func oneBadRowMeansNothingIsWritten() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)") }
        let bad = Self.good + "A-3;;coop-aurora;tipo_ignoto;;anziani;XX;;;forse;;\n"
        let report = try ServiceImporter(database: db.pool, clock: ManualClock()).run(Array(bad.utf8), commit: true, by: editor)
        #expect(!report.committed)
        #expect(report.problems.allSatisfy { $0.line == 4 })
        #expect(Set(report.problems.map(\.column)).isSuperset(of: ["titolo", "tipo_servizio", "territorio", "costo_tipo"]))
        #expect(try count(db) == 0)
    }

    @Test func brokenFileIsOneProblemWithItsLine() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)") }
        let report = try ServiceImporter(database: db.pool, clock: ManualClock())
            .run(Array((Self.header + "A-1;\"aperta;x\n").utf8), commit: true, by: editor)
        #expect(report.problems == [ImportProblem(line: 2, column: "file", reason: CSVError.unterminatedQuote(line: 2).message)])
    }

    @Test func operatorsMayNotImport() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)") }
        let provider = Operator(id: 2, email: "op@x.it", role: .organizationOperator, organizationIDs: [10], canPublish: true)
        #expect(throws: AuthError.forbidden) {
            try ServiceImporter(database: db.pool, clock: ManualClock()).run(Array(Self.good.utf8), commit: true, by: provider)
        }
        #expect(try count(db) == 0)
    }

    @Test func exportRoundTripsThroughImportWithoutChanges() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)") }
        let importer = ServiceImporter(database: db.pool, clock: ManualClock())
        _ = try importer.run(Array(Self.good.utf8), commit: true, by: editor)
        let exported = try ServiceCSVExporter(database: db.pool).export(for: editor)
        #expect(exported.hasPrefix("\u{FEFF}id_esterno;titolo;"))
        #expect(exported.contains("A-1;Assistenza a casa;coop-aurora;assistenza_domiciliare"))
        let again = try importer.run(Array(exported.utf8), commit: true, by: editor)
        #expect(again.problems == [] && again.updated == 2 && again.created == 0)
        let titles: [String] = try db.pool.read { try $0.query("SELECT title FROM service ORDER BY id").map { try $0.get(0) } }
        #expect(titles == ["Assistenza a casa", "Nido aziendale"])
    }
}
