import Foundation

/// Failed sign-in counter for one key (e.g. `"email:…"` or `"ip:…"`).
struct SignInThrottle: Sendable, Equatable, Hashable {
    /// What is being throttled.
    var key: String
    /// Consecutive failures counted in the current window.
    var failures: Int
    /// First failure of the window.
    var firstFailureAt: Date
    /// Most recent failure.
    var lastFailureAt: Date
    /// Sign-in refused until then, if locked.
    var lockedUntil: Date?

    /// Memberwise initialiser.
    init(key: String, failures: Int, firstFailureAt: Date, lastFailureAt: Date, lockedUntil: Date?) {
        self.key = key
        self.failures = failures
        self.firstFailureAt = firstFailureAt
        self.lastFailureAt = lastFailureAt
        self.lockedUntil = lockedUntil
    }
}
