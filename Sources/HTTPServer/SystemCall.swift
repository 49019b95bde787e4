import CEpoll
#if canImport(Glibc)
import Glibc
#endif

/// A failed system call, with the errno captured at once.
struct SocketError: Error, Equatable, CustomStringConvertible {
    var call: String
    var errno: Int32

    var description: String { "\(call): \(String(cString: strerror(errno))) (errno \(errno))" }
}

/// The outcome of a non-blocking call: "would block" is a value, not a failure.
enum IOResult: Equatable {
    case done(Int)
    case wouldBlock
}

/// The one way into the kernel for socket I/O (STYLE pattern 4): retries EINTR, turns
/// EAGAIN/EWOULDBLOCK into `.wouldBlock`, and throws any other errno with the call's name.
@inline(__always)
func syscall(_ name: StaticString, _ call: () -> Int) throws(SocketError) -> IOResult {
    while true {
        let r = call()
        if r >= 0 { return .done(r) }
        let e = cepoll_errno()
        if e == EINTR { continue }
        if e == EAGAIN || e == EWOULDBLOCK { return .wouldBlock }
        throw SocketError(call: "\(name)", errno: e)
    }
}

/// Monotonic time in nanoseconds (CLOCK_MONOTONIC), the unit of every deadline in the engine.
enum MonotonicTime {
    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}

extension Duration {
    /// Whole nanoseconds, saturating at `Int64.max`.
    var nanoseconds: Int64 {
        let (s, atto) = components
        let (ns, overflow) = s.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max : ns + atto / 1_000_000_000
    }
}
