import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal
@testable import Storage

/// `import-hsds` leaves the trail an editor's write does (issue 12): each card a revision and an
/// audit line, each organisation an audit line, all by "sistema: import-hsds" and in the
/// import's one transaction, so a failing audit insert leaves the database as it was.
@Suite(.blocking) struct HSDSImportTrailTests {
    func count(_ pool: DatabasePool, _ sql: String) throws -> Int {
        try pool.read { try $0.scalar(sql, as: Int.self) ?? -1 }
    }

    @Test func importedCardsAndOrganisationsHaveRevisionsAndAuditLinesByTheImport() throws {
        let file = try HSDSImportTests.export(try HSDSImportTests.sharedSource())
        let copy = try OpenDataTestPortal(demo: false)
        let summary = try HSDSImporter(database: copy.database).run(file)
        #expect(summary.servicesCreated > 10 && summary.organizationsCreated > 0)
        let pool = copy.database
        #expect(try count(pool, "SELECT count(*) FROM revision WHERE author = 'sistema: import-hsds' AND author_user_id IS NULL") == summary.servicesCreated)
        #expect(try count(pool, "SELECT count(*) FROM audit_log WHERE action = 'service.create'") == summary.servicesCreated)
        #expect(try count(pool, "SELECT count(*) FROM audit_log WHERE action = 'organization.create'") == summary.organizationsCreated)
        #expect(try count(pool, "SELECT count(*) FROM audit_log WHERE actor <> 'sistema: import-hsds' OR user_id IS NOT NULL") == 0)
        // Every card has its own line.
        #expect(try count(pool, """
            SELECT count(*) FROM service s WHERE NOT EXISTS
                (SELECT 1 FROM audit_log a WHERE a.action = 'service.create' AND a.entity_id = CAST(s.id AS TEXT))
            """) == 0)
    }

    @Test func aFailingAuditInsertRollsBackTheWholeImport() throws {
        let file = try HSDSImportTests.export(try HSDSImportTests.sharedSource())
        let copy = try OpenDataTestPortal(demo: false)
        let pool = copy.database
        try pool.write {
            try $0.run("""
                CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log
                WHEN (SELECT count(*) FROM audit_log WHERE action = 'service.create') >= 3
                BEGIN SELECT RAISE(ABORT, 'audit refused'); END
                """)
        }
        #expect(throws: (any Error).self) { try HSDSImporter(database: pool).run(file) }
        for table in ["service", "organization", "revision", "audit_log"] {
            #expect(try count(pool, "SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
    }
}
