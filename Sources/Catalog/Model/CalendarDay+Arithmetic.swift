/// Civil-date arithmetic, in one place for the whole code base (proleptic Gregorian calendar,
/// days counted from 1970-01-01; algorithms from H. Hinnant, "chrono-compatible low-level date
/// algorithms"). Integer only: no `Calendar` or formatter objects.
extension CalendarDay {
    /// Days from 1970-01-01 to `year`-`month`-`day` (negative before). `day` may exceed the
    /// month (day 31 of a 30-day month is the 1st of the next), which "last day of" lookups use.
    public static func daysSinceEpoch(year y0: Int, month m: Int, day d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = floorDivide(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month (1…12) and day of the day `days` after 1970-01-01.
    public static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Division rounding towards negative infinity (`b` > 0), so instants before 1970 fall on
    /// the right day.
    public static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// The UTC day containing `seconds` since 1970 (1970-01-01 outside years 1…9999).
    public init(unixSeconds seconds: Int64) {
        let (y, m, d) = Self.civil(daysSinceEpoch: Self.floorDivide(Int(seconds), 86_400))
        self = CalendarDay(year: y, month: m, day: d) ?? CalendarDay(year: 1970, month: 1, day: 1)!
    }

    /// Days from 1970-01-01 to this day.
    public var daysSinceEpoch: Int { Self.daysSinceEpoch(year: year, month: month, day: day) }

    /// Seconds since 1970 at 00:00 UTC of this day.
    public var unixSeconds: Int64 { Int64(daysSinceEpoch) * 86_400 }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(unixSeconds: unixSeconds + Int64(count) * 86_400)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDay) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// The same day `count` months later (earlier when negative), clamped to the month's end.
    public func adding(months count: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + count
        let y = total / 12, m = total % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y))) ?? self
    }
}
