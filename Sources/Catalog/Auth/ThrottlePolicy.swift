/// Limits on failed sign-ins for one key (an account or a client address), decided as pure
/// functions over a `ThrottleRecord` so storage and time stay outside (OWASP ASVS 2.2.1).
///
/// Rule: at most `maxFailures` failures inside a sliding `windowSeconds`; the failure that
/// reaches the limit locks the key for `lockoutSeconds`.
public struct ThrottlePolicy: Sendable, Equatable {
    public var maxFailures: Int
    public var windowSeconds: Int64
    public var lockoutSeconds: Int64

    public init(maxFailures: Int, windowSeconds: Int64, lockoutSeconds: Int64) {
        self.maxFailures = max(1, maxFailures)
        self.windowSeconds = windowSeconds
        self.lockoutSeconds = lockoutSeconds
    }

    /// Per account: 5 failures in 15 minutes lock it for 15 minutes.
    public static let perAccount = ThrottlePolicy(maxFailures: 5, windowSeconds: 900, lockoutSeconds: 900)
    /// Per client address: 20 failures in 15 minutes lock it for 15 minutes.
    public static let perClient = ThrottlePolicy(maxFailures: 20, windowSeconds: 900, lockoutSeconds: 900)

    /// Whether an attempt may proceed now; `.locked` carries the seconds left.
    public func decision(for record: ThrottleRecord, now: Int64) -> ThrottleDecision {
        if let until = record.lockedUntil, until > now {
            return .locked(retryAfterSeconds: Int(until - now))
        }
        return .allowed
    }

    /// The record after one more failure at `now`.
    public func recordingFailure(_ record: ThrottleRecord, now: Int64) -> ThrottleRecord {
        var next = record
        if now - record.windowStart >= windowSeconds || record.failures == 0 || lockExpired(record, now) {
            next = ThrottleRecord(failures: 0, windowStart: now, lastFailureAt: now, lockedUntil: nil)
        }
        next.failures += 1
        next.lastFailureAt = now
        if next.failures >= maxFailures { next.lockedUntil = now + lockoutSeconds }
        return next
    }

    private func lockExpired(_ record: ThrottleRecord, _ now: Int64) -> Bool {
        if let until = record.lockedUntil { return until <= now }
        return false
    }
}

/// Failed attempts counted for one key.
public struct ThrottleRecord: Sendable, Equatable {
    public var failures: Int
    /// When the current counting window started (Unix seconds).
    public var windowStart: Int64
    /// The latest failure (Unix seconds).
    public var lastFailureAt: Int64
    /// Until when the key is locked (Unix seconds), if it is.
    public var lockedUntil: Int64?

    public init(failures: Int = 0, windowStart: Int64 = 0, lastFailureAt: Int64 = 0, lockedUntil: Int64? = nil) {
        self.failures = failures
        self.windowStart = windowStart
        self.lastFailureAt = lastFailureAt
        self.lockedUntil = lockedUntil
    }
}

/// The outcome of a throttle check.
public enum ThrottleDecision: Sendable, Equatable {
    case allowed
    case locked(retryAfterSeconds: Int)
}
