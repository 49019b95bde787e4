import Dispatch
import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

/// Concurrent failed sign-ins must each be counted: a lost update would let a guesser exceed
/// the lockout limit.
@Suite struct ThrottleConcurrencyTests {
    /// A long window, so the count is never reset during the test.
    let roomyPolicy = ThrottlePolicy(freeFailures: 3, baseDelayMilliseconds: 100, maxDelayMilliseconds: 1_000, windowSeconds: 900)

    @Test func concurrentFailuresAgainstSQLiteAreAllCounted() throws {
        let db = try AdminTestDatabase()
        defer { db.close() }
        let store = SQLiteThrottleStore(database: db.pool)
        let guardian = SignInGuard(store: store, clock: ManualClock(),
                                   account: roomyPolicy, client: roomyPolicy)
        let attempts = 64
        let errors = Locked(0)
        DispatchQueue.concurrentPerform(iterations: attempts) { _ in
            do { try guardian.recordFailure(email: "a@b.it", clientAddress: "10.0.0.1:5000") }
            catch { errors.withLock { $0 += 1 } }
        }
        #expect(errors.current == 0)
        #expect(try store.record(for: SignInGuard.accountKey("a@b.it")).failures == attempts)
        #expect(try store.record(for: SignInGuard.clientKey("10.0.0.1:5000")).failures == attempts)
    }

    @Test func concurrentFailuresInMemoryAreAllCounted() throws {
        let store = InMemoryThrottleStore()
        let guardian = SignInGuard(store: store, clock: ManualClock(),
                                   account: roomyPolicy, client: roomyPolicy)
        let attempts = 200
        DispatchQueue.concurrentPerform(iterations: attempts) { _ in
            try? guardian.recordFailure(email: "a@b.it", clientAddress: "10.0.0.1")
        }
        #expect(try store.record(for: SignInGuard.accountKey("a@b.it")).failures == attempts)
    }
}
