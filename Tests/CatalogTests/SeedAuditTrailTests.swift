import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

/// Seeds leave the trail an editor's write does (issue 12): every card a revision and an audit
/// line, every organisation and area an audit line, all by a named system author and in the
/// same transaction as the write, so a failing audit insert takes the card with it.
@Suite struct SeedAuditTrailTests {
    func count(_ fixture: CatalogFixture, _ sql: String) throws -> Int {
        try fixture.pool.read { try $0.scalar(sql, as: Int.self) ?? -1 }
    }

    func refuseAudit(_ fixture: CatalogFixture, when condition: String = "1") throws {
        try fixture.pool.write {
            try $0.run("""
                CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN \(condition)
                BEGIN SELECT RAISE(ABORT, 'audit refused'); END
                """)
        }
    }

    @Test func theDemoSeedRecordsARevisionAndAnAuditLinePerCardBySeedDemo() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let report = try CatalogSeeder(pool: fixture.pool).seedDemo()
        let cards = report.count(of: "schede"), organizations = report.count(of: "enti"), areas = report.count(of: "aree")
        #expect(cards > 0 && organizations > 0 && areas > 0)
        #expect(try count(fixture, "SELECT count(*) FROM service") == cards)
        #expect(try count(fixture, "SELECT count(*) FROM revision WHERE version = 1 AND author = 'sistema: seed --demo' AND author_user_id IS NULL") == cards)
        #expect(try count(fixture, """
            SELECT count(DISTINCT a.entity_id) FROM audit_log a JOIN service s ON a.entity_id = CAST(s.id AS TEXT)
            WHERE a.action = 'service.create' AND a.entity_type = 'service'
            """) == cards)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE action = 'service.create'") == cards)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE action = 'organization.create'") == organizations)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE action = 'area.create'") == areas)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE actor <> 'sistema: seed --demo' OR user_id IS NOT NULL") == 0)
        #expect(try count(fixture, "SELECT count(DISTINCT at) FROM audit_log") == 1)

        // A re-run changes nothing, so it records nothing either.
        let lines = try count(fixture, "SELECT count(*) FROM audit_log")
        #expect(try CatalogSeeder(pool: fixture.pool).seedDemo().changedRows == 0)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log") == lines)
    }

    @Test func aDemoAreaCompletedByARerunGetsAnAuditLine() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        _ = try CatalogSeeder(pool: fixture.pool).seedDemo()
        let area = try #require(DemoAreas.all.first)
        try fixture.pool.write { db in
            try db.run("DELETE FROM area_comune WHERE area_id = (SELECT id FROM territory WHERE kind = 'area' AND code = ?)", area.code)
        }
        #expect(try CatalogSeeder(pool: fixture.pool).seedDemo().changedRows > 0)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE action = 'area.update' AND actor = 'sistema: seed --demo'") == 1)
    }

    @Test func aFailingAuditInsertRollsBackTheWholeDemoSeed() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try refuseAudit(fixture, when: "NEW.action = 'service.create'")
        #expect(throws: (any Error).self) { try CatalogSeeder(pool: fixture.pool).seedDemo() }
        for table in ["service", "revision", "organization", "area", "audit_log"] {
            #expect(try count(fixture, "SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
    }

    @Test func theSyntheticSeedRecordsARevisionAndAnAuditLinePerCard() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let seeder = CatalogSeeder(pool: fixture.pool)
        #expect(try seeder.seedSynthetic(count: 120, batchSize: 50).count(of: "schede sintetiche aggiunte") == 120)
        let organizations = try count(fixture, "SELECT count(*) FROM organization")
        #expect(organizations == 8 * SyntheticCatalogGenerator.organizationsPerProvince)
        #expect(try count(fixture, "SELECT count(*) FROM revision WHERE author = 'sistema: seed --synthetic' AND author_user_id IS NULL") == 120)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE action = 'service.create'") == 120)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE action = 'organization.create'") == organizations)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE actor <> 'sistema: seed --synthetic' OR user_id IS NOT NULL") == 0)
        // Growing the catalog adds the trail of the new cards only.
        _ = try seeder.seedSynthetic(count: 130)
        #expect(try count(fixture, "SELECT count(*) FROM revision") == 130)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log") == 130 + organizations)
    }

    @Test func aFailingAuditInsertRollsBackItsSyntheticBatchOnly() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        // The 15th card's audit line fails: the first batch (10 cards) is committed, the second
        // batch (cards 11–20) is rolled back with every card, revision and audit line in it.
        try refuseAudit(fixture, when: "NEW.action = 'service.create' AND (SELECT count(*) FROM audit_log WHERE action = 'service.create') >= 14")
        #expect(throws: (any Error).self) { try CatalogSeeder(pool: fixture.pool).seedSynthetic(count: 30, batchSize: 10) }
        #expect(try count(fixture, "SELECT count(*) FROM service") == 10)
        #expect(try count(fixture, "SELECT count(*) FROM revision") == 10)
        #expect(try count(fixture, "SELECT count(*) FROM audit_log WHERE action = 'service.create'") == 10)
        #expect(try count(fixture, "SELECT max(CAST(substr(external_id, 11) AS INTEGER)) FROM service") == 10)
    }
}
