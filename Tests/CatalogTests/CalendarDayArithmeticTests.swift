import Foundation
import Testing
@testable import Catalog

/// The one home of civil-date arithmetic and edit distance (issue 12), checked against
/// Foundation's Gregorian calendar and hand-computed distances.
@Suite struct CalendarDayArithmeticTests {
    /// From 1600 (Foundation switches to the Julian calendar before October 1582; `CalendarDay`
    /// is proleptic Gregorian) to about 4100, every 997th day.
    @Test func daysSinceEpochAgreeWithFoundationAcrossLeapYearsAndBefore1970() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for days in stride(from: -135_000, through: 780_000, by: 997) {
            let date = Date(timeIntervalSince1970: TimeInterval(days) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let civil = CalendarDay.civil(daysSinceEpoch: days)
            #expect((civil.year, civil.month, civil.day) == (parts.year, parts.month, parts.day), "day \(days)")
            #expect(CalendarDay.daysSinceEpoch(year: civil.year, month: civil.month, day: civil.day) == days)
        }
    }

    @Test func unixSecondsFallOnTheirUTCDay() throws {
        #expect(CalendarDay(unixSeconds: 0).iso == "1970-01-01")
        #expect(CalendarDay(unixSeconds: -1).iso == "1969-12-31")
        #expect(CalendarDay(unixSeconds: 951_782_400).iso == "2000-02-29")
        let leap = try #require(CalendarDay(iso: "2024-02-28"))
        #expect(leap.adding(days: 1).iso == "2024-02-29")
        #expect(leap.adding(days: 2).iso == "2024-03-01")
        #expect(leap.days(until: try #require(CalendarDay(iso: "2025-02-28"))) == 366)
        #expect(try #require(CalendarDay(iso: "2025-01-31")).adding(months: 1).iso == "2025-02-28")
    }

    @Test func editDistanceCountsEditsAndStopsAtTheLimit() {
        func d(_ a: String, _ b: String, _ limit: Int) -> Int? {
            EditDistance.levenshtein(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        #expect(d("kitten", "sitting", 3) == 3)
        #expect(d("kitten", "sitting", 2) == nil)
        #expect(d("mondovi", "mondovi", 0) == 0)
        #expect(d("", "abc", 3) == 3)
        #expect(d("abc", "", 2) == nil)
        #expect(d("torino", "trino", 1) == 1)
    }
}
