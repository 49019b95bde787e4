#if canImport(Glibc)
import Glibc
#endif

/// The `Date` header value (IMF-fixdate, RFC 9110 §5.6.7), formatted at most once per second.
/// Each event loop owns one; it is not shared between threads.
struct DateCache {
    private(set) var bytes: [UInt8] = []
    private var second: Int = -1

    private static let days: [[UInt8]] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].map { Array($0.utf8) }
    private static let months: [[UInt8]] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                            "Nov", "Dec"].map { Array($0.utf8) }

    /// Refreshes the cached value if the wall-clock second changed.
    mutating func refresh() {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &ts)
        let now = Int(ts.tv_sec)
        if now != second {
            second = now
            bytes = Self.format(epochSeconds: now)
        }
    }

    /// `Sun, 06 Nov 1994 08:49:37 GMT`
    static func format(epochSeconds: Int) -> [UInt8] {
        var t = time_t(epochSeconds)
        var tm = tm()
        gmtime_r(&t, &tm)
        var out: [UInt8] = []
        out.reserveCapacity(29)
        out += days[Int(tm.tm_wday) % 7]
        out += Array(", ".utf8)
        appendTwoDigits(Int(tm.tm_mday), to: &out)
        out.append(32)
        out += months[Int(tm.tm_mon) % 12]
        out.append(32)
        let year = Int(tm.tm_year) + 1900
        appendTwoDigits(year / 100, to: &out)
        appendTwoDigits(year % 100, to: &out)
        out.append(32)
        appendTwoDigits(Int(tm.tm_hour), to: &out)
        out.append(58)
        appendTwoDigits(Int(tm.tm_min), to: &out)
        out.append(58)
        appendTwoDigits(Int(tm.tm_sec), to: &out)
        out += Array(" GMT".utf8)
        return out
    }

    private static func appendTwoDigits(_ n: Int, to out: inout [UInt8]) {
        out.append(UInt8(48 + (n / 10) % 10))
        out.append(UInt8(48 + n % 10))
    }
}
