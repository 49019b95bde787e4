import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

/// Issue 14 item 3: an import cannot stall the writer or blow up the report — at most 100
/// problems kept (with the full count), a cap on rows, and same-title rows get their slugs
/// from one lookup each (the speed itself is measured by `make bench`).
@Suite struct ImportLimitsTests {
    let editor = Operator(id: 1, email: "red@x.it", displayName: "Red", role: .editor)

    func database() throws -> AdminTestDatabase {
        let db = try AdminTestDatabase()
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)") }
        return db
    }

    @Test func thousandsOfEmptyRowsKeepTheFirstHundredProblemsAndTheCount() throws {
        let db = try database()
        defer { db.close() }
        let csv = AdminImportTests.header + String(repeating: ";;;;;;;;;;;\n", count: 3_000)
        let report = try ServiceImporter(database: db.pool, clock: ManualClock()).run(Array(csv.utf8), commit: false, by: editor)
        #expect(report.rowCount == 3_000)
        #expect(report.problems.count == ImportReport.maxProblemsShown)
        #expect(report.problemCount > 3_000)   // several required columns per row
        #expect(report.problems.first?.line == 2 && !report.committed)
    }

    @Test func rowsBeyondTheCapAreRefusedWithOneProblem() throws {
        let db = try database()
        defer { db.close() }
        var csv = AdminImportTests.header
        for i in 0..<11 {
            csv += "B-\(i);Servizio \(i);coop-aurora;assistenza_domiciliare;Aiuto;anziani;TO;;;free;;draft\n"
        }
        let importer = ServiceImporter(database: db.pool, clock: ManualClock(), maxRows: 10)
        let report = try importer.run(Array(csv.utf8), commit: true, by: editor)
        #expect(!report.committed && report.rowCount == 10)
        #expect(report.problems.map(\.reason) == ["Il file ha più di 10 righe di dati: dividilo in più file."])
        #expect(try db.pool.read { try $0.scalar("SELECT count(*) FROM service", as: Int.self) } == 0)
    }

    @Test func sameTitleRowsGetConsecutiveUniqueSlugs() throws {
        let db = try database()
        defer { db.close() }
        var csv = AdminImportTests.header
        for i in 0..<300 {
            csv += "C-\(i);Assistenza a casa;coop-aurora;assistenza_domiciliare;Aiuto;anziani;TO;;;free;;draft\n"
        }
        let report = try ServiceImporter(database: db.pool, clock: ManualClock()).run(Array(csv.utf8), commit: true, by: editor)
        #expect(report.committed && report.created == 300)
        let slugs: [String] = try db.pool.read { db in
            try db.query("SELECT slug FROM service ORDER BY id").map { try $0.get(0) }
        }
        #expect(slugs == ["assistenza-a-casa"] + (2...300).map { "assistenza-a-casa-\($0)" })
    }
}
