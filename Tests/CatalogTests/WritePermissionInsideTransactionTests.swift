import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import Crypto
import TestSupport

/// Writes that used to trust the Portal's gate now ask `AccessPolicy` themselves, inside their
/// write transaction (issue 12): a refused caller gets `AuthError.forbidden` and nothing changes.
@Suite struct WritePermissionInsideTransactionTests {
    let admin = Operator(id: 1, email: "adm@x.it", role: .admin)
    let editor = Operator(id: 2, email: "red@x.it", role: .editor)
    let provider = Operator(id: 3, email: "op@x.it", role: .organizationOperator, organizationIDs: [10])
    let desk = Operator(id: 4, email: "desk@x.it", role: .deskOperator)

    func database() throws -> AdminTestDatabase {
        let db = try AdminTestDatabase()
        try db.pool.write { db in
            try db.run("""
                INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES
                (1, 'adm@x.it', 'A', 'admin', 'h', 0, 0), (2, 'red@x.it', 'R', 'redattore', 'h', 0, 0),
                (3, 'op@x.it', 'O', 'operatore_ente', 'h', 0, 0), (4, 'desk@x.it', 'D', 'sportello', 'h', 0, 0),
                (5, 'desk2@x.it', 'D2', 'sportello', 'h', 0, 0)
                """)
        }
        return db
    }

    func card(_ db: AdminTestDatabase, org: Int64) throws -> Int64 {
        let torino: Int64 = try db.pool.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'") } ?? 0
        let draft = ServiceDraft(organizationId: org, title: "Assistenza a casa", summary: "Aiuto a casa per anziani",
                                 serviceTypeCode: "assistenza_domiciliare", needCodes: ["anziani"], servedTerritoryIds: [torino])
        return try db.pool.write { try SystemCatalogWriter().insertService(draft, changeSummary: "test", now: Date(), in: $0).id }
    }

    @Test func aTranslationIsSavedOnlyByWhoMayEditTheCard() throws {
        let db = try database()
        defer { db.close() }
        let other = try card(db, org: 11)
        let cards = CardEditor(database: db.pool, clock: ManualClock())
        let text = ServiceTranslation(serviceId: other, language: "en", title: "Stolen")
        #expect(throws: AuthError.forbidden) { try cards.saveTranslation(text, by: provider) }
        #expect(throws: AuthError.forbidden) { try cards.saveTranslation(text, by: desk) }
        #expect(try db.pool.read { try $0.scalar("SELECT count(*) FROM service_translation", as: Int.self) } == 0)
        #expect(try db.auditActions().isEmpty == false)   // only the system's service.create
        try cards.saveTranslation(ServiceTranslation(serviceId: other, language: "en", title: "Home care"), by: editor)
        let own = try card(db, org: 10)
        try cards.saveTranslation(ServiceTranslation(serviceId: own, language: "en", title: "Ours"), by: provider)
        #expect(try db.pool.read { try $0.scalar("SELECT count(*) FROM service_translation", as: Int.self) } == 2)
        #expect(try db.pool.read {
            try $0.scalar("SELECT count(*) FROM audit_log WHERE action = 'service.translation_saved' AND user_id IS NOT NULL", as: Int.self)
        } == 2)
    }

    @Test func onlyUserManagersCreateAndEditAccountsButEveryoneChangesTheirOwnPassword() throws {
        let db = try database()
        defer { db.close() }
        let users = UserRepository(database: db.pool, clock: ManualClock())
        let draft = UserAccountDraft(email: "new@x.it", role: .admin)
        for refused in [editor, provider, desk] {
            #expect(throws: AuthError.forbidden) { try users.create(draft, passwordHash: "h", by: refused) }
            #expect(throws: AuthError.forbidden) {
                try users.update(id: 3, with: UserAccountDraft(email: "op@x.it", role: .admin), by: refused)
            }
        }
        #expect(throws: AuthError.forbidden) { try users.setPasswordHash("mine", for: 3, keepingSession: nil, by: editor) }
        #expect(try users.find(id: 3)?.role == .organizationOperator && users.find(id: 3)?.passwordHash == "h")
        #expect(try users.find(email: "new@x.it") == nil)
        try users.setPasswordHash("mine", for: 2, keepingSession: nil, by: editor)
        #expect(try users.find(id: 2)?.passwordHash == "mine")
        let id = try users.create(draft, passwordHash: "h", by: admin)
        try users.setPasswordHash("reset", for: id, keepingSession: nil, by: admin)
        #expect(try users.find(id: id)?.passwordHash == "reset")
    }

    @Test func onlyDeskOperatorsAndAdminsSaveDeskPlansAndOnlyTheirAuthorOrAnAdminDeletesThem() throws {
        let db = try database()
        defer { db.close() }
        let service = try card(db, org: 10)
        let plans = DeskPlanRepository(database: db.pool, clock: ManualClock(), random: SystemRandomSource())
        let items = [DeskPlanItem(serviceID: service, note: "")]
        for refused in [editor, provider] {
            #expect(throws: AuthError.forbidden) { try plans.save(citizenName: "", items: items, lifetimeDays: 7, by: refused) }
        }
        #expect(try db.pool.read { try $0.scalar("SELECT count(*) FROM desk_plan", as: Int.self) } == 0)
        let mine = try plans.save(citizenName: "", items: items, lifetimeDays: 7, by: desk).id
        let colleague = Operator(id: 5, email: "desk2@x.it", role: .deskOperator)
        #expect(throws: CatalogError.notFound) { try plans.delete(id: mine, by: colleague) }
        #expect(throws: CatalogError.notFound) { try plans.delete(id: mine, by: editor) }
        try plans.delete(id: mine, by: desk)
        let another = try plans.save(citizenName: "", items: items, lifetimeDays: 7, by: desk).id
        try plans.delete(id: another, by: admin)
        #expect(try db.pool.read { try $0.scalar("SELECT count(*) FROM desk_plan", as: Int.self) } == 0)
    }

    @Test func signingOutOtherSessionsAndItsAuditLineCommitTogether() throws {
        let db = try database()
        defer { db.close() }
        let sessions = SessionStore(database: db.pool, clock: ManualClock())
        let kept = try sessions.create(userID: 2), other = try sessions.create(userID: 2)
        try db.pool.write { try $0.run("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no'); END") }
        #expect(throws: (any Error).self) {
            try sessions.destroyOthers(userID: 2, keeping: kept.storageKey, by: Author(userId: 2, name: "red@x.it"))
        }
        #expect(try sessions.resolve(cookie: other.value) != nil)   // rolled back with the failed audit line
        try db.pool.write { try $0.run("DROP TRIGGER refuse_audit") }
        try sessions.destroyOthers(userID: 2, keeping: kept.storageKey, by: Author(userId: 2, name: "red@x.it"))
        #expect(try sessions.resolve(cookie: other.value) == nil && sessions.resolve(cookie: kept.value) != nil)
        #expect(try db.auditActions().contains("user.sign_out_others"))
    }
}
