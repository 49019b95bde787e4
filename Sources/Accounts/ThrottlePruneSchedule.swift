import Foundation

/// When a throttle's owner next clears the expired records of one key family (`account:`,
/// `client:`, `<form>:client:`): at most once per `intervalSeconds` per family, so the throttle
/// table holds live windows plus at most one interval's worth of dead ones, and a write pays for
/// the sweep only once in a while. Each `SignInGuard` and `PublicFormLimiter` owns one.
// @unchecked Sendable: `nextSweep` is read and written only under `lock`.
public final class ThrottlePruneSchedule: @unchecked Sendable {
    public let intervalSeconds: Int64
    private let lock = NSLock()
    private var nextSweep: [String: Int64] = [:]

    /// Ten minutes by default: far shorter than a day's worth of attackers, far longer than a request.
    public init(intervalSeconds: Int64 = 600) { self.intervalSeconds = max(1, intervalSeconds) }

    /// True (and the next sweep of `family` is booked an interval later) when `family` is due at `now`.
    public func claim(_ family: String, now: Int64) -> Bool {
        lock.withLock {
            if let next = nextSweep[family], now < next { return false }
            nextSweep[family] = now + intervalSeconds
            return true
        }
    }
}
