import Accounts

/// The test clock: time passes only when the test says so (`advance`), and any thread may read it
/// while the test moves it. One clock, three readings of the same elapsed time:
/// - `nowSeconds()`: seconds since 1970, starting at `now` (the `AuthClock` that accounts,
///   sessions, throttles, tokens and editors read);
/// - `instant`: a `ContinuousClock` instant, for code that takes a `now` closure (caches with a
///   lifetime);
/// - `nanoseconds`: the monotonic nanosecond count the engine's timers use, starting at one second.
public final class ManualClock: AuthClock, Sendable {
    private let startSeconds: Int64
    private let startInstant = ContinuousClock.now
    private let elapsed = Locked<Duration>(.zero)

    /// A clock that reads `now` seconds since 1970 until it is advanced.
    public init(now: Int64 = 1_700_000_000) { startSeconds = now }

    /// Moves time forward by `duration` (backwards when it is negative).
    public func advance(_ duration: Duration) { elapsed.withLock { $0 += duration } }

    /// Moves time forward by whole `seconds` (backwards when negative).
    public func advance(by seconds: Int64) { advance(.seconds(seconds)) }

    public func nowSeconds() -> Int64 {
        let (seconds, attoseconds) = elapsed.current.components
        return startSeconds + seconds + (attoseconds < 0 ? -1 : 0)   // whole seconds, rounded down
    }

    public var instant: ContinuousClock.Instant { startInstant + elapsed.current }

    public var nanoseconds: Int64 {
        let (seconds, attoseconds) = elapsed.current.components
        return 1_000_000_000 + seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
