import Accounts
import Foundation

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
