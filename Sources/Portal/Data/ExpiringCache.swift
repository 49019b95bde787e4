import Foundation

/// One value recomputed at most every `lifetime`, shared by all worker threads (guarded by a
/// lock). For facts that change rarely and are read on every page, such as "is demo data present".
// @unchecked Sendable: `stored` is read and written only under `lock`.
final class ExpiringCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let lifetime: Duration
    private let clock = ContinuousClock()
    private var stored: (value: Value, expires: ContinuousClock.Instant)?

    init(lifetime: Duration) { self.lifetime = lifetime }

    /// The cached value, or a fresh one from `compute` when missing or expired.
    /// - Throws: whatever `compute` throws (nothing is cached then).
    func value(_ compute: () throws -> Value) throws -> Value {
        let now = clock.now
        if let stored = lock.withLock({ self.stored }), stored.expires > now { return stored.value }
        let fresh = try compute()
        lock.withLock { stored = (fresh, now.advanced(by: lifetime)) }
        return fresh
    }
}
