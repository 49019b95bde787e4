import Foundation
import Testing
@testable import Catalog
@testable import Storage
@testable import Accounts
import TestSupport

/// A migrated database with the real territories and taxonomies (a copy of `TestDatabase`'s
/// `.base()` template), one organisation kind and two organisations.
struct AdminTestDatabase {
    let storage: TestDatabase
    var directory: TemporaryDirectory { storage.directory }
    var pool: DatabasePool { storage.pool }

    init() throws {
        storage = try TestDatabase(.base(), prefix: "vetrina-admin-tests")
        try pool.write { db in
            try db.run("INSERT OR IGNORE INTO organization_kind (code, label, sort_order) VALUES ('cooperativa', 'Cooperativa', 1)")
            for (id, slug) in [(10, "coop-aurora"), (11, "coop-borea")] {
                try db.run("""
                    INSERT INTO organization (id, uuid, slug, name, kind_code, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'cooperativa', 0, 0)
                    """, Int64(id), UUID().uuidString.lowercased(), slug, slug)
            }
        }
    }

    func close() { storage.remove() }

    func auditActions() throws -> [String] {
        try pool.read { db in try db.query("SELECT action FROM audit_log ORDER BY id").map { try $0.get(0) } }
    }
}

@Suite struct AdminAccountTests {
    let hasher = PasswordHasher(iterations: 10)

    @Test func createdAccountCarriesRoleOrganisationsAndPublishFlag() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        let users = UserRepository(database: db.pool, clock: ManualClock())
        #expect(try users.count() == 0)
        let id = try users.createAsSystem(UserAccountDraft(email: " Op@Ente.IT ", role: .organizationOperator, organizationIDs: [10],
                                                   canPublish: true), passwordHash: try hasher.hash("x"))
        let op = try #require(try users.signedInOperator(id: id))
        #expect(op.email == "op@ente.it")
        #expect(op.role == .organizationOperator && op.organizationIDs == [10] && op.canPublish)
        #expect(try users.find(email: "OP@ente.it")?.id == id)
        #expect(try db.auditActions() == ["user.create"])
    }

    @Test func duplicateAndImplausibleEmailsAreRefused() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        let users = UserRepository(database: db.pool, clock: ManualClock())
        try users.createAsSystem(UserAccountDraft(email: "a@b.it", role: .admin), passwordHash: "h")
        #expect(throws: UserAccountError.emailTaken) {
            try users.createAsSystem(UserAccountDraft(email: "A@B.IT", role: .editor), passwordHash: "h")
        }
        for bad in ["", "a", "a@b", "a b@c.it", "@c.it", "a@.it"] {
            #expect(throws: UserAccountError.invalidEmail) {
                try users.createAsSystem(UserAccountDraft(email: bad, role: .editor), passwordHash: "h")
            }
        }
        #expect(try users.count() == 1)
    }

    @Test func lastActiveAdminCannotBeDemotedOrDeactivated() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        let users = UserRepository(database: db.pool, clock: ManualClock())
        let id = try users.createAsSystem(UserAccountDraft(email: "a@b.it", role: .admin), passwordHash: "h")
        let admin = Operator(id: id, email: "a@b.it", role: .admin)
        #expect(throws: UserAccountError.lastAdmin) {
            try users.update(id: id, with: UserAccountDraft(email: "a@b.it", role: .editor), by: admin)
        }
        #expect(throws: UserAccountError.lastAdmin) {
            try users.update(id: id, with: UserAccountDraft(email: "a@b.it", role: .admin, isActive: false), by: admin)
        }
        #expect(try users.find(id: id)?.role == .admin)
    }

    @Test func deactivatedAccountIsNoLongerAnOperator() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        let users = UserRepository(database: db.pool, clock: ManualClock())
        let adminID = try users.createAsSystem(UserAccountDraft(email: "a@b.it", role: .admin), passwordHash: "h")
        let admin = Operator(id: adminID, email: "a@b.it", role: .admin)
        let id = try users.createAsSystem(UserAccountDraft(email: "r@b.it", role: .editor), passwordHash: "h")
        try users.update(id: id, with: UserAccountDraft(email: "r@b.it", role: .editor, isActive: false), by: admin)
        #expect(try users.signedInOperator(id: id) == nil)
    }

    @Test func sqliteThrottleStoreRoundTrips() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        let store = SQLiteThrottleStore(database: db.pool)
        #expect(try store.record(for: "k") == ThrottleRecord())
        let record = ThrottleRecord(failures: 3, windowStart: 100, lastFailureAt: 120, lockedUntil: 1000)
        try store.save(record, for: "k")
        #expect(try store.record(for: "k") == record)
        try store.clear("k")
        #expect(try store.record(for: "k") == ThrottleRecord())
    }
}
