import Catalog
import Foundation

/// Dates written the Italian way ("12 marzo 2025"), in Italian civil time (CET/CEST), computed
/// arithmetically so a page needs no `DateFormatter` (which is slow to create).
enum ItalianDate {
    static let months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                         "agosto", "settembre", "ottobre", "novembre", "dicembre"]

    /// "12 marzo 2025".
    static func long(_ date: Date) -> String {
        let (y, m, d) = civilDay(date)
        return "\(d) \(months[m - 1]) \(y)"
    }

    /// "2025-03-12", for `<time datetime>` and the sitemap.
    static func iso(_ date: Date) -> String {
        let (y, m, d) = civilDay(date)
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// A calendar day as "12 marzo 2025".
    static func long(_ day: CalendarDay) -> String {
        "\(day.day) \(months[max(1, min(12, day.month)) - 1]) \(day.year)"
    }

    /// Year, month, day in Italy: UTC+1, or UTC+2 from the last Sunday of March 01:00 UTC to the
    /// last Sunday of October 01:00 UTC (EU Directive 2000/84/EC).
    static func civilDay(_ date: Date) -> (Int, Int, Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let utcDay = fromDays(floorDiv(seconds, 86_400))
        let offset = isSummerTime(seconds, year: utcDay.0) ? 7_200 : 3_600
        return fromDays(floorDiv(seconds + offset, 86_400))
    }

    static func isSummerTime(_ seconds: Int, year: Int) -> Bool {
        let start = lastSunday(month: 3, year: year) * 86_400 + 3_600
        let end = lastSunday(month: 10, year: year) * 86_400 + 3_600
        return seconds >= start && seconds < end
    }

    /// Days since 1970-01-01 of the last Sunday of `month`.
    static func lastSunday(month: Int, year: Int) -> Int {
        let last = toDays(year, month, 31)
        let weekday = ((last % 7) + 11) % 7   // 0 = Sunday; 1970-01-01 was a Thursday
        return last - weekday
    }

    // Civil-date arithmetic has one home: `CalendarDay+Arithmetic.swift` in Catalog.
    static func floorDiv(_ a: Int, _ b: Int) -> Int { CalendarDay.floorDivide(a, b) }

    static func toDays(_ y: Int, _ m: Int, _ d: Int) -> Int { CalendarDay.daysSinceEpoch(year: y, month: m, day: d) }

    static func fromDays(_ days: Int) -> (Int, Int, Int) {
        let day = CalendarDay.civil(daysSinceEpoch: days)
        return (day.year, day.month, day.day)
    }
}
