/// Italian VAT number (partita IVA): 11 digits, the last a Luhn-style check digit
/// (DPR 633/1972 art. 35; the same number is an organisation's numeric codice fiscale).
enum PartitaIVA {
    /// The check digit for the first 10 digits: digits in even positions (1-based) are
    /// doubled, 9 is subtracted from results above 9, all are summed, and the check digit
    /// brings the sum to a multiple of 10. Nil unless given exactly 10 ASCII digits.
    static func checkDigit(forFirstTen digits: String) -> Int? {
        let values = digits.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard digits.count == 10, values.count == 10 else { return nil }
        var sum = 0
        for (index, value) in values.enumerated() {
            if index % 2 == 1 {
                let doubled = value * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += value
            }
        }
        return (10 - sum % 10) % 10
    }

    /// Whether `value` (spaces ignored; an "IT" prefix allowed) is a well-formed partita IVA
    /// with a correct check digit. All zeros is refused.
    static func isValid(_ value: String) -> Bool {
        guard let digits = normalized(value), digits != "00000000000",
              let expected = checkDigit(forFirstTen: String(digits.prefix(10))),
              let last = digits.last?.wholeNumberValue else { return false }
        return expected == last
    }

    /// The 11 digits of `value` without spaces or "IT" prefix, or nil when it is not 11 digits.
    static func normalized(_ value: String) -> String? {
        var s = value.filter { !$0.isWhitespace }.uppercased()
        if s.hasPrefix("IT") { s.removeFirst(2) }
        guard s.count == 11, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return s
    }
}
