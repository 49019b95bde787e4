import Testing
import Accounts
import Storage
import TestSupport
@testable import Portal

/// Public-form records are swept like sign-in ones: once per interval a counted submission
/// deletes its form's records whose window has ended and that block nobody.
@Suite struct PublicFormPruningTests {
    let limits = PublicFormLimits(contactRequest: SubmissionLimit(maxSubmissions: 2, windowSeconds: 3_600),
                                  feedback: SubmissionLimit(maxSubmissions: 5, windowSeconds: 600))

    func keys(_ db: TestDatabase) throws -> [String] {
        try db.pool.read { db in try db.query("SELECT key FROM sign_in_throttle ORDER BY key").map { try $0.get("key") as String } }
    }

    @Test func endedWindowsGoAndABlockedClientStaysBlocked() throws {
        let db = try TestDatabase(.empty)
        defer { db.remove() }
        let clock = ManualClock(now: 2_000_000)
        let limiter = PublicFormLimiter(store: SQLiteThrottleStore(database: db.pool), clock: clock, limits: limits,
                                        pruning: ThrottlePruneSchedule(intervalSeconds: 600))
        try limiter.record(.contactRequest, client: "10.0.0.1:1")
        try limiter.record(.contactRequest, client: "10.0.0.1:2")        // 10.0.0.1 blocked for an hour
        try limiter.record(.feedback, client: "10.0.0.2:1")
        clock.advance(by: 600)
        try limiter.record(.feedback, client: "10.0.0.3:1")              // feedback sweep: .2's window ended
        try limiter.record(.contactRequest, client: "10.0.0.4:1")        // contact sweep: .1 still blocked
        #expect(try keys(db) == ["contatto:client:10.0.0.1", "contatto:client:10.0.0.4", "valutazione:client:10.0.0.3"])
        #expect(try limiter.retryAfter(.contactRequest, client: "10.0.0.1:3") == 3_000)

        clock.advance(by: 3_000)
        try limiter.record(.contactRequest, client: "10.0.0.5:1")        // .1's block ended: it goes, .4 stays
        #expect(try keys(db) == ["contatto:client:10.0.0.4", "contatto:client:10.0.0.5", "valutazione:client:10.0.0.3"])
        try limiter.record(.contactRequest, client: "10.0.0.4:2")
        #expect(try limiter.retryAfter(.contactRequest, client: "10.0.0.4:3") == 600, "the live window kept its start")
    }

    @Test func anExpiredRecordAnswersLikeNoRecord() {
        let limit = SubmissionLimit(maxSubmissions: 3, windowSeconds: 600), empty = ThrottleRecord()
        let now: Int64 = 80_000
        var expired = 0
        for failures in [0, 1, 2, 3, 9] {
            for age in [0, 1, 599, 600, 601, 5_000] as [Int64] {
                let start = now - age
                let record = ThrottleRecord(failures: failures, windowStart: start, lastFailureAt: start,
                                            lockedUntil: failures >= 3 ? start + 600 : nil)
                guard limit.isExpired(record, now: now) else {
                    #expect(failures > 0 && age < 600)
                    continue
                }
                expired += 1
                #expect(limit.retryAfter(record, now: now) == limit.retryAfter(empty, now: now))
                #expect(limit.recordingSubmission(record, now: now) == limit.recordingSubmission(empty, now: now))
            }
        }
        #expect(expired == 6 + 4 * 3)
    }
}
