import Testing
@testable import Accounts
import Storage
import TestSupport

/// The throttle table keeps live windows only: once per pruning interval a failed sign-in
/// deletes the account and client records whose window has ended, and nothing else.
@Suite struct ThrottlePruningTests {
    let policy = ThrottlePolicy(freeFailures: 3, baseDelayMilliseconds: 1_000, maxDelayMilliseconds: 8_000, windowSeconds: 900)

    func keys(_ db: TestDatabase) throws -> [String] {
        try db.pool.read { db in try db.query("SELECT key FROM sign_in_throttle ORDER BY key").map { try $0.get("key") as String } }
    }

    @Test func expiredSignInRecordsGoAtTheNextSweepAndLiveOnesStayAsTheyWere() throws {
        let db = try TestDatabase(.empty)
        defer { db.remove() }
        let store = SQLiteThrottleStore(database: db.pool), clock = ManualClock(now: 1_000_000)
        let guardian = SignInGuard(store: store, clock: clock, account: policy, client: policy,
                                   pruning: ThrottlePruneSchedule(intervalSeconds: 600))
        let otherFamily = ThrottleRecord(failures: 1, windowStart: 1, lastFailureAt: 1, lockedUntil: nil)
        try store.save(otherFamily, for: "contatto:client:10.0.0.1")

        try guardian.recordFailure(email: "a@x.it", clientAddress: "10.0.0.1:1")   // t0: first sweep, nothing expired
        clock.advance(by: 600)
        try guardian.recordFailure(email: "b@x.it", clientAddress: "10.0.0.2:1")   // sweep: a is 600 s old, alive
        #expect(try keys(db).count == 5)
        clock.advance(by: 300)
        try guardian.recordFailure(email: "c@x.it", clientAddress: "10.0.0.3:1")   // a expired, but no sweep is due
        #expect(try keys(db).contains("account:a@x.it"))
        clock.advance(by: 300)
        try guardian.recordFailure(email: "d@x.it", clientAddress: "10.0.0.4:1")   // sweep: a (1 200 s) goes

        #expect(try keys(db) == ["account:b@x.it", "account:c@x.it", "account:d@x.it",
                                 "client:10.0.0.2", "client:10.0.0.3", "client:10.0.0.4", "contatto:client:10.0.0.1"])
        #expect(try store.record(for: "account:b@x.it") == ThrottleRecord(failures: 1, windowStart: 1_000_600, lastFailureAt: 1_000_600))
        #expect(try store.record(for: "contatto:client:10.0.0.1") == otherFamily, "another family's rows are not the guard's to judge")
    }

    @Test func aClientStillBeingSlowedDownIsNeverSwept() throws {
        let store = InMemoryThrottleStore(), clock = ManualClock()
        let guardian = SignInGuard(store: store, clock: clock, account: policy, client: policy,
                                   pruning: ThrottlePruneSchedule(intervalSeconds: 1))
        for i in 0..<5 {
            try guardian.recordFailure(email: "u\(i)@x.it", clientAddress: "10.0.0.1:1")
            clock.advance(by: 899)
        }
        #expect(try guardian.delayMilliseconds(email: "new@x.it", clientAddress: "10.0.0.1") == 4_000)
        clock.advance(by: 1)
        try guardian.recordFailure(email: "z@x.it", clientAddress: "10.0.0.2:1")
        #expect(try store.record(for: "client:10.0.0.1") == ThrottleRecord())
        #expect(try store.record(for: "client:10.0.0.2").failures == 1)
    }

    /// Deleting is safe only for records that answer like none: no delay now, and the next
    /// failure starts a fresh run.
    @Test func anExpiredRecordAnswersLikeNoRecord() {
        let empty = ThrottleRecord()
        var expired = 0
        for failures in [0, 1, 3, 4, 40] {
            for age in [0, 1, 899, 900, 901, 10_000] as [Int64] {
                let now: Int64 = 50_000
                let record = ThrottleRecord(failures: failures, windowStart: now - age - 5, lastFailureAt: now - age)
                guard policy.isExpired(record, now: now) else {
                    #expect(failures > 0 && age < 900)
                    continue
                }
                expired += 1
                #expect(policy.delayMilliseconds(for: record, now: now) == policy.delayMilliseconds(for: empty, now: now))
                #expect(policy.recordingFailure(record, now: now) == policy.recordingFailure(empty, now: now))
            }
        }
        #expect(expired == 6 + 4 * 3)
    }
}
