import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import Crypto
import Storage
import TestSupport

/// On a read-only pool (a `--replica` node, docs/SCALING.md) the reads that used to write
/// bookkeeping on the way skip it, instead of throwing SQLITE_READONLY: a desk plan's public link
/// (purge of expired plans) and a session lookup (touch, deletion of an expired row).
@Suite struct ReadOnlyPoolBookkeepingTests {
    let desk = Operator(id: 4, email: "desk@x.it", role: .deskOperator)

    func replica(of db: AdminTestDatabase) throws -> DatabasePool {
        try DatabasePool(path: db.pool.path, configuration: DatabaseConfiguration(readerCount: 1, readOnly: true))
    }

    func count(_ pool: DatabasePool, _ sql: String) throws -> Int {
        try pool.read { try $0.scalar(sql, as: Int.self) } ?? -1
    }

    @Test func aDeskPlanLinkIsReadOnAReplicaAndAnExpiredOneIsHiddenButLeftToTheWriter() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        let torino: Int64 = try db.pool.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'") } ?? 0
        let service = try db.pool.write { db in
            try db.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (4, 'desk@x.it', 'D', 'sportello', 'h', 0, 0)")
            let draft = ServiceDraft(organizationId: 10, title: "Assistenza a casa", summary: "Aiuto a casa per anziani",
                                     serviceTypeCode: "assistenza_domiciliare", needCodes: ["anziani"], servedTerritoryIds: [torino])
            return try SystemCatalogWriter().insertService(draft, changeSummary: "test", now: Date(), in: db).id
        }
        let clock = ManualClock()
        let saved = try DeskPlanRepository(database: db.pool, clock: clock, random: SystemRandomSource())
            .save(citizenName: "Mario", items: [DeskPlanItem(serviceID: service, note: "")], lifetimeDays: 7, by: desk)
        let replica = try replica(of: db)
        defer { replica.close() }
        let onReplica = DeskPlanRepository(database: replica, clock: clock, random: SystemRandomSource())
        #expect(try onReplica.plan(token: saved.token)?.citizenName == "Mario")
        clock.advance(by: 8 * 86_400)
        #expect(try onReplica.plan(token: saved.token) == nil)
        #expect(try count(db.pool, "SELECT count(*) FROM desk_plan") == 1)   // the writer purges it
        #expect(try DeskPlanRepository(database: db.pool, clock: clock, random: SystemRandomSource()).plan(token: saved.token) == nil)
        #expect(try count(db.pool, "SELECT count(*) FROM desk_plan") == 0)
    }

    @Test func aSessionIsResolvedOnAReplicaWithoutTouchingItAndAnIdleOneIsRefused() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        try db.pool.write { try $0.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (2, 'red@x.it', 'R', 'redattore', 'h', 0, 0)") }
        let clock = ManualClock()
        let token = try SessionStore(database: db.pool, clock: clock).create(userID: 2)
        let replica = try replica(of: db)
        defer { replica.close() }
        let onReplica = SessionStore(database: replica, clock: clock)
        let lastSeen = try count(db.pool, "SELECT last_seen_at FROM session")
        clock.advance(by: 120)   // past the touch interval (60 s)
        #expect(try onReplica.resolve(cookie: token.value)?.userID == 2)
        #expect(try count(db.pool, "SELECT last_seen_at FROM session") == lastSeen)
        clock.advance(by: 3_600)   // past the idle timeout (30 min)
        #expect(try onReplica.resolve(cookie: token.value) == nil)
        #expect(try count(db.pool, "SELECT count(*) FROM session") == 1)   // the writer deletes it
        #expect(try SessionStore(database: db.pool, clock: clock).resolve(cookie: token.value) == nil)
        #expect(try count(db.pool, "SELECT count(*) FROM session") == 0)
    }
}
