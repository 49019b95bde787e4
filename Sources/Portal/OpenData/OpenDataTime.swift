import Catalog
import Foundation

/// RFC 3339 instants for the open data API (`2025-03-12T09:30:00Z`), computed arithmetically
/// with `CalendarDay` (no formatter objects shared between threads).
enum OpenDataTime {
    /// UTC, whole seconds, `Z` suffix.
    static func rfc3339(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = CalendarDay.floorDivide(seconds, 86_400)
        let (y, m, d) = CalendarDay.civil(daysSinceEpoch: days)
        let rest = seconds - days * 86_400
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(rest / 3_600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// `YYYY-MM-DD` (midnight UTC) or an RFC 3339 date-time (`T` or space, optional fraction,
    /// `Z` or `±HH:MM`; no offset means UTC). Nil for anything else or an impossible date.
    static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count, range.allSatisfy({ chars[$0] >= 48 && chars[$0] <= 57 }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(chars[$1] - 48) }
        }
        guard chars.count >= 10, chars[4] == 45, chars[7] == 45,
              let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              let day = CalendarDay(year: y, month: m, day: d) else { return nil }
        var seconds = day.daysSinceEpoch * 86_400
        if chars.count == 10 { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        let separators: Set<UInt8> = [84, 116, 32]   // "T", "t", " "
        guard chars.count >= 19, separators.contains(chars[10]), chars[13] == 58, chars[16] == 58 else { return nil }
        guard let hh = number(11..<13), let mm = number(14..<16), let ss = number(17..<19),
              hh < 24, mm < 60, ss < 61 else { return nil }
        seconds += hh * 3_600 + mm * 60 + min(ss, 59)
        var index = 19
        if index < chars.count, chars[index] == 46 {
            index += 1
            let start = index
            while index < chars.count, chars[index] >= 48, chars[index] <= 57 { index += 1 }
            guard index > start, index - start <= 9 else { return nil }
        }
        if index == chars.count { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        if chars[index] == 90 || chars[index] == 122 {
            return index + 1 == chars.count ? Date(timeIntervalSince1970: TimeInterval(seconds)) : nil
        }
        guard chars[index] == 43 || chars[index] == 45, chars.count == index + 6, chars[index + 3] == 58,
              let oh = number(index + 1..<index + 3), let om = number(index + 4..<index + 6), oh < 24, om < 60
        else { return nil }
        let offset = (oh * 3_600 + om * 60) * (chars[index] == 43 ? 1 : -1)
        return Date(timeIntervalSince1970: TimeInterval(seconds - offset))
    }
}
