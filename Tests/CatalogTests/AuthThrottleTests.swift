import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

/// Issue 14 item 2: failed sign-ins slow further attempts down (per account and per client);
/// nothing is ever refused, so nobody can lock the real owner out.
@Suite struct AuthThrottleTests {
    let policy = ThrottlePolicy(freeFailures: 3, baseDelayMilliseconds: 1_000, maxDelayMilliseconds: 8_000, windowSeconds: 60)

    @Test func delayStartsAfterTheFreeFailuresAndDoublesUpToTheCap() {
        var r = ThrottleRecord()
        var delays: [Int] = []
        for t in 0..<8 {
            delays.append(policy.delayMilliseconds(for: r, now: Int64(t)))
            r = policy.recordingFailure(r, now: Int64(t))
        }
        #expect(delays == [0, 0, 0, 1_000, 2_000, 4_000, 8_000, 8_000])
        var huge = ThrottleRecord(failures: 10_000, windowStart: 0, lastFailureAt: 7)
        #expect(policy.delayMilliseconds(for: huge, now: 8) == 8_000)   // no overflow
        huge.failures = Int.max
        #expect(policy.delayMilliseconds(for: huge, now: 8) == 8_000)
    }

    @Test func failuresAreForgottenAWindowAfterTheLastOne() {
        var r = ThrottleRecord()
        for t in 0..<5 { r = policy.recordingFailure(r, now: Int64(t)) }
        #expect(policy.delayMilliseconds(for: r, now: 63) > 0)
        #expect(policy.delayMilliseconds(for: r, now: 64) == 0)
        r = policy.recordingFailure(r, now: 64)
        #expect(r.failures == 1 && r.lockedUntil == nil)
    }

    @Test func accountAndClientAreSlowedSeparatelyAndTheLongerDelayWins() throws {
        let clock = ManualClock()
        let client = ThrottlePolicy(freeFailures: 5, baseDelayMilliseconds: 500, maxDelayMilliseconds: 30_000, windowSeconds: 60)
        let throttle = SignInGuard(store: InMemoryThrottleStore(), clock: clock, account: policy, client: client)
        for i in 0..<3 { try throttle.recordFailure(email: "A@x.it", clientAddress: "10.0.0.\(i):5000") }
        #expect(try throttle.delayMilliseconds(email: "a@x.it", clientAddress: "10.0.0.9:1") == 1_000)
        #expect(try throttle.delayMilliseconds(email: "b@x.it", clientAddress: "10.0.0.9:1") == 0)
        for i in 0..<6 { try throttle.recordFailure(email: "u\(i)@x.it", clientAddress: "192.168.1.1:\(4000 + i)") }
        #expect(try throttle.delayMilliseconds(email: "new@x.it", clientAddress: "192.168.1.1:9999") == 1_000)
        #expect(try throttle.delayMilliseconds(email: "new@x.it", clientAddress: "192.168.1.2:9999") == 0)
        clock.advance(by: 60)
        #expect(try throttle.delayMilliseconds(email: "new@x.it", clientAddress: "192.168.1.1:9999") == 0)
    }

    @Test func successClearsTheAccountCounter() throws {
        let throttle = SignInGuard(store: InMemoryThrottleStore(), clock: ManualClock(), account: policy)
        for _ in 0..<4 { try throttle.recordFailure(email: "a@x.it", clientAddress: "1.1.1.1:1") }
        #expect(try throttle.delayMilliseconds(email: "a@x.it", clientAddress: "2.2.2.2:1") == 2_000)
        try throttle.recordSuccess(email: "a@x.it")
        #expect(try throttle.delayMilliseconds(email: "a@x.it", clientAddress: "2.2.2.2:1") == 0)
    }

    @Test func clientKeyIgnoresPort() {
        #expect(SignInGuard.clientKey("127.0.0.1:5555") == "client:127.0.0.1")
        #expect(SignInGuard.clientKey("[::1]:5555") == "client:::1")
        #expect(SignInGuard.clientKey("") == "client:")
    }
}
