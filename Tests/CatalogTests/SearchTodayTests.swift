import Catalog
import Foundation
import Search
import Testing

/// `ServiceSearch.utcToday` (validity filter) counts days with `CalendarDay(unixSeconds:)`, in UTC as
/// Foundation's Gregorian calendar in UTC does, not in the server's local time zone (Europe/Rome).
@Suite struct SearchTodayTests {
    @Test func todayIsTheUTCCivilDayOfTheCurrentTime() throws {
        let before = Date()
        let today = try #require(ServiceSearch.utcToday())
        let after = Date()
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = try #require(TimeZone(identifier: "UTC"))
        let candidates = [before, after].map { date -> String in
            let p = utc.dateComponents([.year, .month, .day], from: date)
            return CalendarDay(year: p.year!, month: p.month!, day: p.day!)!.iso
        }
        #expect(candidates.contains(today.iso))  // both unless the test straddles UTC midnight
    }

    @Test func theDayTurnsAtUTCMidnightNotAtRomeMidnight() {
        // 2026-06-30 23:30 Europe/Rome (CEST, UTC+2) is 21:30 UTC; 00:30 in Rome on 1 July is still 30 June in UTC.
        let romeHalfPastMidnight: Int64 = 1_782_858_600  // 2026-06-30T22:30:00Z
        #expect(CalendarDay(unixSeconds: romeHalfPastMidnight).iso == "2026-06-30")
        #expect(CalendarDay(unixSeconds: romeHalfPastMidnight + 5_400).iso == "2026-07-01")  // 00:00 UTC
    }
}
