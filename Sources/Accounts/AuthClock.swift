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
