import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

@Suite struct AdminSignInTests {
    struct Fixture {
        let db: AdminTestDatabase
        let clock = ManualClock()
        let service: SignInService
        let userID: Int64

        init(policy: SessionPolicy = SessionPolicy(), iterations: Int = 10) throws {
            db = try AdminTestDatabase()
            let hasher = PasswordHasher(iterations: iterations)
            let users = UserRepository(database: db.pool, clock: clock)
            userID = try users.createAsSystem(UserAccountDraft(email: "red@ente.it", role: .editor),
                                      passwordHash: try hasher.hash("cavallo batteria graffetta"))
            service = SignInService(
                database: db.pool, users: users, sessions: SessionStore(database: db.pool, clock: clock, policy: policy),
                throttle: SignInGuard(store: SQLiteThrottleStore(database: db.pool), clock: clock,
                                      account: ThrottlePolicy(freeFailures: 3, baseDelayMilliseconds: 1_000,
                                                              maxDelayMilliseconds: 4_000, windowSeconds: 600)),
                hasher: hasher, clock: clock)
        }
    }

    @Test func rightPasswordOpensASessionStoredOnlyHashed() throws {
        let f = try Fixture()
        defer { f.db.close() }
        let result = try f.service.signIn(email: "RED@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.2.3.4:5")
        #expect(result.user.id == f.userID && result.user.role == .editor)
        let stored: [String] = try f.db.pool.read { db in try db.query("SELECT id_hash FROM session").map { try $0.get(0) } }
        #expect(stored == [result.token.storageKey])
        #expect(!stored.contains(result.token.value))
        #expect(try f.service.sessions.resolve(cookie: result.token.value)?.userID == f.userID)
        #expect(try f.db.auditActions().suffix(1) == ["user.sign_in"])
    }

    @Test func wrongPasswordAndUnknownEmailFailAlikeAndAreAudited() throws {
        let f = try Fixture()
        defer { f.db.close() }
        #expect(throws: AuthError.invalidCredentials) {
            try f.service.signIn(email: "red@ente.it", password: "sbagliata", clientAddress: "1.2.3.4:5")
        }
        #expect(throws: AuthError.invalidCredentials) {
            try f.service.signIn(email: "nessuno@ente.it", password: "sbagliata", clientAddress: "1.2.3.4:5")
        }
        #expect(try f.db.auditActions().filter { $0 == "user.sign_in_failed" }.count == 2)
        let sessions = try f.db.pool.read { try $0.scalar("SELECT count(*) FROM session", as: Int.self) }
        #expect(sessions == 0)
        let summaries: [String] = try f.db.pool.read { db in try db.query("SELECT summary || actor FROM audit_log").map { try $0.get(0) } }
        #expect(!summaries.contains { $0.contains("sbagliata") })
    }

    @Test func failuresSlowTheAccountDownButNeverRefuseTheRightPassword() throws {
        let f = try Fixture()
        defer { f.db.close() }
        for _ in 0..<20 {
            #expect(throws: AuthError.invalidCredentials) {
                try f.service.signIn(email: "red@ente.it", password: "no", clientAddress: "9.9.9.9:1")
            }
        }
        #expect(try f.service.throttleDelay(email: "RED@ente.it", clientAddress: "8.8.8.8:1") == 4_000)
        _ = try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "8.8.8.8:1")
        #expect(try f.service.throttleDelay(email: "red@ente.it", clientAddress: "8.8.8.8:1") == 0)
    }

    @Test func sessionsEndWhenIdleTooLong() throws {
        let f = try Fixture(policy: SessionPolicy(idleTimeoutSeconds: 100, absoluteTimeoutSeconds: 1_000, touchIntervalSeconds: 10))
        defer { f.db.close() }
        let token = try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.1.1.1:1").token
        f.clock.advance(by: 99)
        #expect(try f.service.sessions.resolve(cookie: token.value) != nil)   // touched at 99
        f.clock.advance(by: 99)
        #expect(try f.service.sessions.resolve(cookie: token.value) != nil)
        f.clock.advance(by: 100)
        #expect(try f.service.sessions.resolve(cookie: token.value) == nil)
        f.clock.advance(by: -290)
        #expect(try f.service.sessions.resolve(cookie: token.value) == nil)   // the row is gone for good
    }

    @Test func sessionsEndAtTheAbsoluteLimitEvenWhenBusy() throws {
        let f = try Fixture(policy: SessionPolicy(idleTimeoutSeconds: 100, absoluteTimeoutSeconds: 300, touchIntervalSeconds: 1))
        defer { f.db.close() }
        let token = try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.1.1.1:1").token
        for _ in 0..<5 {
            f.clock.advance(by: 59)
            #expect(try f.service.sessions.resolve(cookie: token.value) != nil)
        }
        f.clock.advance(by: 5)   // 300 seconds after sign-in
        #expect(try f.service.sessions.resolve(cookie: token.value) == nil)
    }

    @Test func passwordChangeEndsOtherSessionsButKeepsTheCurrentOne() throws {
        let f = try Fixture()
        defer { f.db.close() }
        let a = try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.1.1.1:1").token
        let b = try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.1.1.1:1").token
        #expect(a != b)
        try f.service.users.setPasswordHash(try f.service.hasher.hash("nuova frase molto lunga"), for: f.userID,
                                            keepingSession: a.storageKey,
                                            by: Operator(id: f.userID, email: "red@ente.it", role: .editor))
        #expect(try f.service.sessions.resolve(cookie: a.value) != nil)
        #expect(try f.service.sessions.resolve(cookie: b.value) == nil)
        #expect(throws: AuthError.invalidCredentials) {
            try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.1.1.1:1")
        }
    }

    @Test func weakerStoredHashIsUpgradedAtSignIn() throws {
        let f = try Fixture(iterations: 20)
        defer { f.db.close() }
        try f.db.pool.write { db in
            try db.run("UPDATE app_user SET password_hash = ?", try PasswordHasher(iterations: 5).hash("cavallo batteria graffetta"))
        }
        _ = try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.1.1.1:1")
        #expect(try f.service.users.find(id: f.userID)?.passwordHash.hasPrefix("pbkdf2-sha256$20$") == true)
    }
}
