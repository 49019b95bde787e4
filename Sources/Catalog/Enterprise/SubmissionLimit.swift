import Accounts

/// A fixed-window rate limit for public forms: at most `maxSubmissions` accepted submissions per
/// client in `windowSeconds`; the one that reaches the limit blocks the client until the window
/// ends. Unlike sign-in (which slows down instead of refusing, see `ThrottlePolicy`), refusing is
/// right here: a firm's contact request is not an account its owner could be locked out of.
public struct SubmissionLimit: Sendable, Equatable {
    public var maxSubmissions: Int
    public var windowSeconds: Int64

    public init(maxSubmissions: Int, windowSeconds: Int64) {
        self.maxSubmissions = max(1, maxSubmissions)
        self.windowSeconds = max(1, windowSeconds)
    }

    /// Seconds left before the client may submit again, or nil when it may submit now.
    public func retryAfter(_ record: ThrottleRecord, now: Int64) -> Int? {
        guard let until = record.lockedUntil, until > now else { return nil }
        return Int(until - now)
    }

    /// The record after one more accepted submission at `now`.
    public func recordingSubmission(_ record: ThrottleRecord, now: Int64) -> ThrottleRecord {
        var next = record
        if record.failures == 0 || now - record.windowStart >= windowSeconds {
            next = ThrottleRecord(failures: 0, windowStart: now, lastFailureAt: now, lockedUntil: nil)
        }
        next.failures += 1
        next.lastFailureAt = now
        if next.failures >= maxSubmissions { next.lockedUntil = next.windowStart + windowSeconds }
        return next
    }
}
