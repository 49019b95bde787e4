/// Time that passes only when the test says so (`advance`). Read as a `ContinuousClock` instant
/// (`now`, for code that takes a `now` closure, such as caches with a lifetime) or as the
/// monotonic nanosecond count the engine's timers use (`nanoseconds`, starting at one second).
/// Any thread may read it while the test moves it.
public final class ManualClock: Sendable {
    private let start = ContinuousClock.now
    private let elapsed = Locked<Duration>(.zero)

    public init() {}

    /// Moves time forward by `duration`.
    public func advance(_ duration: Duration) { elapsed.withLock { $0 += duration } }

    public var now: ContinuousClock.Instant { start + elapsed.current }

    public var nanoseconds: Int64 {
        let (seconds, attoseconds) = elapsed.current.components
        return 1_000_000_000 + seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
