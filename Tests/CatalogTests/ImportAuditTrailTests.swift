import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

/// The CSV import leaves, per card, the trail `CardEditor` does (issue 12): a revision and an
/// audit line by the operator who ran it, in the import's one transaction; then one
/// `service.import` line for the file. A failing audit insert rolls every card back.
@Suite struct ImportAuditTrailTests {
    let admin = Operator(id: 1, email: "capo@x.it", displayName: "Capo Rete", role: .admin)

    func database() throws -> AdminTestDatabase {
        let db = try AdminTestDatabase()
        try db.pool.write {
            try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'capo@x.it', 'Capo Rete', 'admin', 'h', 0, 0)")
        }
        return db
    }

    func count(_ db: AdminTestDatabase, _ sql: String) throws -> Int {
        try db.pool.read { try $0.scalar(sql, as: Int.self) ?? -1 }
    }

    @Test func eachImportedCardHasARevisionAndAnAuditLineByTheOperator() throws {
        let db = try database()
        defer { db.close() }
        let importer = ServiceImporter(database: db.pool, clock: ManualClock(now: 1_760_000_000))
        let done = try importer.run(Array(AdminImportTests.good.utf8), commit: true, by: admin)
        #expect(done.committed && done.created == 2)
        #expect(try count(db, "SELECT count(*) FROM revision WHERE version = 1 AND author_user_id = 1 AND author = 'Capo Rete'") == 2)
        #expect(try db.auditActions() == ["service.create", "service.create", "service.import"])
        #expect(try count(db, "SELECT count(*) FROM audit_log WHERE user_id = 1 AND actor = 'Capo Rete' AND at = 1760000000") == 3)
        let lines: [(String, String)] = try db.pool.read { db in
            try db.query("""
                SELECT a.entity_id, a.summary FROM audit_log a JOIN service s ON a.entity_id = CAST(s.id AS TEXT)
                WHERE a.action = 'service.create' ORDER BY s.external_id
                """).map { (try $0.get(0), try $0.get(1)) }
        }
        #expect(lines.map(\.1) == ["Importazione CSV (riga 2): «Assistenza a casa»", "Importazione CSV (riga 3): «Nido aziendale»"])

        // Re-importing updates: one more revision and one service.update line per card.
        let changed = AdminImportTests.good.replacingOccurrences(of: "Assistenza a casa", with: "Assistenza domiciliare")
        let again = try importer.run(Array(changed.utf8), commit: true, by: admin)
        #expect(again.committed && again.updated == 2)
        #expect(try count(db, "SELECT count(*) FROM revision WHERE version = 2 AND author_user_id = 1") == 2)
        #expect(try db.auditActions().suffix(3) == ["service.update", "service.update", "service.import"])
        let update: String? = try db.pool.read {
            try $0.scalar("SELECT before_json || ' ' || after_json FROM audit_log WHERE action = 'service.update' AND summary LIKE '%domiciliare%'")
        }
        #expect(update?.contains("\"title\":\"Assistenza a casa\",\"version\":\"1\"") == true)
        #expect(update?.contains("\"title\":\"Assistenza domiciliare\",\"version\":\"2\"") == true)
    }

    @Test func aDryRunLeavesNoTrail() throws {
        let db = try database()
        defer { db.close() }
        let dry = try ServiceImporter(database: db.pool, clock: ManualClock()).run(Array(AdminImportTests.good.utf8), commit: false, by: admin)
        #expect(dry.created == 2 && !dry.committed)
        #expect(try count(db, "SELECT count(*) FROM revision") == 0)
        #expect(try count(db, "SELECT count(*) FROM audit_log") == 0)
    }

    @Test func aFailingAuditInsertRollsBackEveryImportedCard() throws {
        let db = try database()
        defer { db.close() }
        // The second card's audit line fails: the first card, its revision and its line go too.
        try db.pool.write {
            try $0.run("""
                CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log
                WHEN NEW.action = 'service.create' AND (SELECT count(*) FROM audit_log) >= 1
                BEGIN SELECT RAISE(ABORT, 'audit refused'); END
                """)
        }
        let importer = ServiceImporter(database: db.pool, clock: ManualClock())
        #expect(throws: (any Error).self) { try importer.run(Array(AdminImportTests.good.utf8), commit: true, by: admin) }
        for table in ["service", "revision", "audit_log", "service_location"] {
            #expect(try count(db, "SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
        try db.pool.write { try $0.run("DROP TRIGGER refuse_audit") }
        #expect(try importer.run(Array(AdminImportTests.good.utf8), commit: true, by: admin).committed)
        #expect(try count(db, "SELECT count(*) FROM service") == 2)
    }
}
