/// Bounds how many lines an event loop logs for one kind of failure: at most one line per `interval`
/// per kind; lines in between are counted, and the next line of that kind says how many were left out.
/// An EMFILE storm (thousands of failed `accept` calls a second) thus writes about one line a second
/// per loop instead of one per failure. Confined to its event loop's thread (a value type, no lock).
struct LogThrottle {
    enum Kind: Hashable { case accept, register, openFile }

    let interval: Int64
    private var lastLogged: [Kind: Int64] = [:]
    private var suppressed: [Kind: Int] = [:]

    /// - Parameter interval: nanoseconds between two lines of one kind (default one second).
    init(interval: Int64 = 1_000_000_000) { self.interval = interval }

    /// The line to log for `message` at monotonic time `now`, or nil if it falls inside the interval.
    mutating func line(_ kind: Kind, _ message: @autoclosure () -> String, now: Int64) -> String? {
        if let last = lastLogged[kind], now - last < interval {
            suppressed[kind, default: 0] += 1
            return nil
        }
        lastLogged[kind] = now
        let left = suppressed.removeValue(forKey: kind) ?? 0
        return left == 0 ? message() : "\(message()) (\(left) similar lines left out)"
    }
}

extension EventLoop {
    /// Logs `message` through the server's log (which the caller keeps off the loop), throttled per kind.
    func logThrottled(_ kind: LogThrottle.Kind, _ message: @autoclosure () -> String) {
        if let line = logThrottle.line(kind, message(), now: MonotonicTime.now()) { context.log(line) }
    }
}
