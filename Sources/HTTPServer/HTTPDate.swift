/// HTTP-date formatting and parsing (RFC 9110 §5.6.7), in pure integer arithmetic (no locale,
/// no formatter objects, safe from any thread). Times are whole seconds since 1970-01-01 UTC.
public enum HTTPDate {
    /// `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, the only form a sender may generate).
    public static func format(secondsSince1970 seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        var out: [UInt8] = []
        out.reserveCapacity(29)
        out += weekdayNames[((days % 7) + 10) % 7].utf8  // 1970-01-01 was a Thursday (index 3)
        out += ", ".utf8
        appendTwoDigits(day, to: &out)
        out.append(UInt8(ascii: " "))
        out += monthNames[month - 1].utf8
        out.append(UInt8(ascii: " "))
        out += String(year).utf8
        out.append(UInt8(ascii: " "))
        appendTwoDigits(secondOfDay / 3600, to: &out)
        out.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfDay % 3600 / 60, to: &out)
        out.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfDay % 60, to: &out)
        out += " GMT".utf8
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendTwoDigits(_ n: Int, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: 48 + n / 10 % 10))
        out.append(UInt8(truncatingIfNeeded: 48 + n % 10))
    }

    /// Parses IMF-fixdate, the obsolete RFC 850 form and asctime (recipients must accept all
    /// three, RFC 9110 §5.6.7). Returns nil for anything else or out-of-range fields.
    public static func parse(_ text: String) -> Int? {
        let tokens = text.split(separator: " ")
        switch tokens.count {
        case 6 where tokens[0].hasSuffix(",") && tokens[5] == "GMT":  // IMF-fixdate
            return make(year: Int(tokens[3]), month: tokens[2], day: Int(tokens[1]), time: tokens[4])
        case 4 where tokens[0].hasSuffix(",") && tokens[3] == "GMT":  // RFC 850
            let date = tokens[1].split(separator: "-")
            guard date.count == 3, date[2].count == 2, let yy = Int(date[2]) else { return nil }
            return make(year: yy < 70 ? 2000 + yy : 1900 + yy, month: date[1], day: Int(date[0]), time: tokens[2])
        case 5:  // asctime
            return make(year: Int(tokens[4]), month: tokens[1], day: Int(tokens[2]), time: tokens[3])
        default:
            return nil
        }
    }

    private static func make(year: Int?, month: Substring, day: Int?, time: Substring) -> Int? {
        guard let year, let day, (1...31).contains(day), (1...9999).contains(year),
              let monthIndex = monthNames.firstIndex(where: { $0 == month })
        else { return nil }
        let hms = time.split(separator: ":")
        guard hms.count == 3, hms.allSatisfy({ $0.count == 2 }),
              let h = Int(hms[0]), let m = Int(hms[1]), let s = Int(hms[2]),
              (0...23).contains(h), (0...59).contains(m), (0...60).contains(s)
        else { return nil }
        return days(fromYear: year, month: monthIndex + 1, day: day) * 86_400 + h * 3600 + m * 60 + s
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date for a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static var weekdayNames: [String] { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] }
    private static var monthNames: [Substring] {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }
}
