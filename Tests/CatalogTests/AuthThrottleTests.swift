import Testing
@testable import Catalog

@Suite struct AuthThrottleTests {
    let policy = ThrottlePolicy(maxFailures: 3, windowSeconds: 60, lockoutSeconds: 300)

    @Test func locksAtTheLimitNotBefore() {
        var r = ThrottleRecord()
        r = policy.recordingFailure(r, now: 100)
        r = policy.recordingFailure(r, now: 101)
        #expect(policy.decision(for: r, now: 102) == .allowed)   // 2 failures (N-1)
        r = policy.recordingFailure(r, now: 102)
        #expect(policy.decision(for: r, now: 102) == .locked(retryAfterSeconds: 300))   // N
        #expect(policy.decision(for: r, now: 401) == .locked(retryAfterSeconds: 1))
        #expect(policy.decision(for: r, now: 402) == .allowed)
    }

    @Test func failuresOutsideTheWindowStartAFreshCount() {
        var r = ThrottleRecord()
        r = policy.recordingFailure(r, now: 0)
        r = policy.recordingFailure(r, now: 10)
        r = policy.recordingFailure(r, now: 60)   // window expired: count restarts at 1
        #expect(r.failures == 1)
        #expect(policy.decision(for: r, now: 61) == .allowed)
    }

    @Test func afterLockoutEndsCountingRestarts() {
        var r = ThrottleRecord()
        for t in 0..<3 { r = policy.recordingFailure(r, now: Int64(t)) }
        r = policy.recordingFailure(r, now: 400)
        #expect(r.failures == 1 && r.lockedUntil == nil)
    }

    @Test func throttleLocksAccountAcrossClientsAndClientAcrossAccounts() throws {
        let clock = ManualAuthClock()
        let throttle = SignInGuard(store: InMemoryThrottleStore(), clock: clock, account: policy,
                                      client: ThrottlePolicy(maxFailures: 5, windowSeconds: 60, lockoutSeconds: 60))
        for i in 0..<3 { try throttle.recordFailure(email: "A@x.it", clientAddress: "10.0.0.\(i):5000") }
        #expect(throws: AuthError.throttled(retryAfterSeconds: 300)) {
            try throttle.check(email: "a@x.it", clientAddress: "10.0.0.9:1")
        }
        try throttle.check(email: "b@x.it", clientAddress: "10.0.0.9:1")
        for i in 0..<5 { try throttle.recordFailure(email: "u\(i)@x.it", clientAddress: "192.168.1.1:\(4000 + i)") }
        #expect(throws: AuthError.throttled(retryAfterSeconds: 60)) {
            try throttle.check(email: "new@x.it", clientAddress: "192.168.1.1:9999")
        }
        clock.advance(by: 60)
        try throttle.check(email: "new@x.it", clientAddress: "192.168.1.1:9999")
        clock.advance(by: 240)
        try throttle.check(email: "a@x.it", clientAddress: "10.0.0.9:1")
    }

    @Test func successClearsTheAccountCounter() throws {
        let throttle = SignInGuard(store: InMemoryThrottleStore(), clock: ManualAuthClock(), account: policy)
        try throttle.recordFailure(email: "a@x.it", clientAddress: "1.1.1.1:1")
        try throttle.recordFailure(email: "a@x.it", clientAddress: "1.1.1.1:1")
        try throttle.recordSuccess(email: "a@x.it")
        try throttle.recordFailure(email: "a@x.it", clientAddress: "1.1.1.1:1")
        try throttle.recordFailure(email: "a@x.it", clientAddress: "1.1.1.1:1")
        try throttle.check(email: "a@x.it", clientAddress: "1.1.1.1:1")
    }

    @Test func clientKeyIgnoresPort() {
        #expect(SignInGuard.clientKey("127.0.0.1:5555") == "client:127.0.0.1")
        #expect(SignInGuard.clientKey("[::1]:5555") == "client:::1")
        #expect(SignInGuard.clientKey("") == "client:")
    }
}
