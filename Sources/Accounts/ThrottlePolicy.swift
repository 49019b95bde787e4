/// How failed sign-ins slow down further attempts for one key (an account or a client
/// address), as pure functions over a `ThrottleRecord` so storage and time stay outside.
///
/// Rule (OWASP ASVS 2.2.1, "soft lockout"): the first `freeFailures` failures cost nothing;
/// after that every attempt — right or wrong password — is answered only after a delay that
/// doubles with each further failure, from `baseDelayMilliseconds` up to
/// `maxDelayMilliseconds`. Nothing is ever refused, so an attacker cannot lock the real owner
/// out: the owner waits at most `maxDelayMilliseconds` and gets in with the right password.
/// Failures are forgotten `windowSeconds` after the last one.
public struct ThrottlePolicy: Sendable, Equatable {
    var freeFailures: Int
    var baseDelayMilliseconds: Int
    var maxDelayMilliseconds: Int
    public var windowSeconds: Int64

    init(freeFailures: Int, baseDelayMilliseconds: Int, maxDelayMilliseconds: Int, windowSeconds: Int64) {
        self.freeFailures = max(0, freeFailures)
        self.baseDelayMilliseconds = max(0, baseDelayMilliseconds)
        self.maxDelayMilliseconds = max(self.baseDelayMilliseconds, maxDelayMilliseconds)
        self.windowSeconds = max(1, windowSeconds)
    }

    /// Per account: 3 free failures, then 1 s, 2 s, 4 s… up to 20 s, forgotten after 15 minutes.
    public static let perAccount = ThrottlePolicy(freeFailures: 3, baseDelayMilliseconds: 1_000,
                                                  maxDelayMilliseconds: 20_000, windowSeconds: 900)
    /// Per client address: 10 free failures, then 0.5 s doubling up to 30 s, forgotten after 15 minutes.
    public static let perClient = ThrottlePolicy(freeFailures: 10, baseDelayMilliseconds: 500,
                                                 maxDelayMilliseconds: 30_000, windowSeconds: 900)

    /// How long the next attempt is held before its answer, in milliseconds (0 = none).
    func delayMilliseconds(for record: ThrottleRecord, now: Int64) -> Int {
        guard record.failures >= max(1, freeFailures), now - record.lastFailureAt < windowSeconds else { return 0 }
        let doublings = min(30, record.failures - freeFailures)
        let delay = baseDelayMilliseconds.multipliedReportingOverflow(by: 1 << doublings)
        return delay.overflow ? maxDelayMilliseconds : min(maxDelayMilliseconds, delay.partialValue)
    }

    /// Whether `record` answers exactly like no record at `now` and ever after (no delay, and the
    /// next failure starts a new run), so it may be deleted.
    public func isExpired(_ record: ThrottleRecord, now: Int64) -> Bool {
        record.failures == 0 || now - record.lastFailureAt >= windowSeconds
    }

    /// The record after one more failure at `now`.
    func recordingFailure(_ record: ThrottleRecord, now: Int64) -> ThrottleRecord {
        var next = record
        if record.failures == 0 || now - record.lastFailureAt >= windowSeconds {
            next = ThrottleRecord(failures: 0, windowStart: now, lastFailureAt: now, lockedUntil: nil)
        }
        next.failures += 1
        next.lastFailureAt = now
        next.lockedUntil = nil
        return next
    }
}

/// Failed attempts counted for one key.
public struct ThrottleRecord: Sendable, Equatable {
    public var failures: Int
    /// When the current run of failures started (Unix seconds).
    public var windowStart: Int64
    /// The latest failure (Unix seconds).
    public var lastFailureAt: Int64
    /// Unused since sign-in slows down instead of locking (kept for the stored column).
    public var lockedUntil: Int64?

    public init(failures: Int = 0, windowStart: Int64 = 0, lastFailureAt: Int64 = 0, lockedUntil: Int64? = nil) {
        self.failures = failures
        self.windowStart = windowStart
        self.lastFailureAt = lastFailureAt
        self.lockedUntil = lockedUntil
    }
}
