#if canImport(Glibc)
import Glibc
#endif

/// The `Date` header value (IMF-fixdate, RFC 9110 §5.6.7), formatted at most once per second
/// by `HTTPDate`. Each event loop owns one; it is not shared between threads.
struct DateCache {
    private(set) var bytes: [UInt8] = []
    private var second: Int = -1

    /// Refreshes the cached value if the wall-clock second changed.
    mutating func refresh() {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &ts)
        let now = Int(ts.tv_sec)
        if now != second {
            second = now
            bytes = Array(HTTPDate.format(secondsSince1970: now).utf8)
        }
    }
}
