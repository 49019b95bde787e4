import Foundation

/// Wall-clock time in whole seconds since the Unix epoch, injected wherever expiry or throttling
/// is decided so tests can move time by hand.
public protocol AuthClock: Sendable {
    /// Current time, seconds since 1970-01-01T00:00:00Z.
    func nowSeconds() -> Int64
}

/// The real clock.
public struct SystemAuthClock: AuthClock {
    public init() {}
    public func nowSeconds() -> Int64 { Int64(Date().timeIntervalSince1970) }
}

/// A clock tests set and advance; thread-safe.
// @unchecked Sendable: `now` is read and written only under `lock`.
public final class ManualAuthClock: AuthClock, @unchecked Sendable {
    private let lock = NSLock()
    private var now: Int64

    public init(now: Int64 = 1_700_000_000) { self.now = now }

    public func nowSeconds() -> Int64 { lock.withLock { now } }

    /// Moves time forward by `seconds`.
    public func advance(by seconds: Int64) { lock.withLock { now += seconds } }
}
