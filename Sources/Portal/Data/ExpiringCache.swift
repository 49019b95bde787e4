import Foundation

/// One value recomputed at most every `lifetime`, shared by all worker threads. For facts that
/// change rarely and are read often: "is demo data present", the providers list, the sitemap's
/// entries. Callers that find it stale wait for one computation instead of each running their own.
// @unchecked Sendable: `stored` and `computations` are read and written only under `lock`;
// `computing` serialises computations (it is never taken while `lock` is held).
final class ExpiringCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let computing = NSLock()
    private let lifetime: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private var stored: (value: Value, expires: ContinuousClock.Instant)?
    private var computations = 0

    init(lifetime: Duration, now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.lifetime = lifetime
        self.now = now
    }

    /// How many times `compute` ran and succeeded (for tests).
    var computeCount: Int { lock.withLock { computations } }

    /// The cached value, or a fresh one from `compute` when missing or expired.
    /// - Throws: whatever `compute` throws (nothing is cached then).
    func value(_ compute: () throws -> Value) throws -> Value {
        if let fresh = freshValue() { return fresh }
        return try computing.withLock {
            if let fresh = freshValue() { return fresh }   // computed while this caller waited
            let started = now()
            let value = try compute()
            lock.withLock {
                stored = (value, started.advanced(by: lifetime))
                computations += 1
            }
            return value
        }
    }

    private func freshValue() -> Value? {
        let time = now()
        return lock.withLock { stored.flatMap { $0.expires > time ? $0.value : nil } }
    }
}
