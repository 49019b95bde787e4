import Foundation

/// Failed sign-in counter for one key (e.g. `"email:…"` or `"ip:…"`).
public struct SignInThrottle: Sendable, Equatable, Hashable {
    /// What is being throttled.
    public var key: String
    /// Consecutive failures counted in the current window.
    public var failures: Int
    /// First failure of the window.
    public var firstFailureAt: Date
    /// Most recent failure.
    public var lastFailureAt: Date
    /// Sign-in refused until then, if locked.
    public var lockedUntil: Date?

    /// Memberwise initialiser.
    public init(key: String, failures: Int, firstFailureAt: Date, lastFailureAt: Date, lockedUntil: Date?) {
        self.key = key
        self.failures = failures
        self.firstFailureAt = firstFailureAt
        self.lastFailureAt = lastFailureAt
        self.lockedUntil = lockedUntil
    }
}
