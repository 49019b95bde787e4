/// Italian tax code (codice fiscale, DM 23/12/1976): either 16 characters for a person
/// (surname, name, birth year, month letter, day (+40 for women), place code, check letter;
/// omocodia may replace any of the 7 digits with L M N P Q R S T U V) or 11 digits for an
/// organisation (checked like a partita IVA).
enum CodiceFiscale {
    /// What is wrong with a code, so messages can say what to fix.
    enum Problem: Sendable, Equatable {
        /// Not 16 letters/digits nor 11 digits.
        case wrongLength
        /// 16 characters but not in the shape letters/digits/month/day/place.
        case malformed
        /// The shape is right but the check character (or digit) does not match.
        case wrongCheckCharacter
    }

    /// Positions (0-based) of the digits that omocodia may replace with letters.
    static let omocodiaPositions: Set<Int> = [6, 7, 9, 10, 12, 13, 14]
    static let omocodiaLetters = Array("LMNPQRSTUV")
    static let monthLetters = Set("ABCDEHLMPRST")
    /// Values of characters in odd (1-based) positions; even positions use 0–9 / A=0…Z=25.
    static let oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                            10, 22, 25, 24, 23]

    /// Checks `value` (spaces ignored, case-insensitive). Nil when valid.
    static func problem(with value: String) -> Problem? {
        let code = value.filter { !$0.isWhitespace }.uppercased()
        if code.count == 11 {
            guard PartitaIVA.normalized(code) != nil else { return .wrongLength }
            return PartitaIVA.isValid(code) ? nil : .wrongCheckCharacter
        }
        let chars = Array(code)
        guard chars.count == 16, chars.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return .wrongLength
        }
        guard isWellFormedPersonal(chars) else { return .malformed }
        return checkCharacter(forFirstFifteen: Array(chars[0..<15])) == chars[15] ? nil : .wrongCheckCharacter
    }

    /// Whether `value` is a valid personal or organisation code.
    static func isValid(_ value: String) -> Bool { problem(with: value) == nil }

    /// The check letter for 15 upper-case ASCII letters/digits, or nil for other input.
    static func checkCharacter(forFirstFifteen chars: [Character]) -> Character? {
        guard chars.count == 15 else { return nil }
        var sum = 0
        for (index, ch) in chars.enumerated() {
            guard let ascii = ch.asciiValue else { return nil }
            let ordinal: Int
            switch ascii {
            case 48...57: ordinal = Int(ascii - 48)
            case 65...90: ordinal = Int(ascii - 65)
            default: return nil
            }
            sum += index % 2 == 0 ? oddValues[ordinal] : ordinal
        }
        return Character(Unicode.Scalar(UInt8(65 + sum % 26)))
    }

    /// Letters where letters belong, digits (or omocodia letters) where digits belong,
    /// a valid month letter and a day 1–31 or 41–71.
    static func isWellFormedPersonal(_ chars: [Character]) -> Bool {
        for i in [0, 1, 2, 3, 4, 5, 8, 11, 15] where !chars[i].isLetter { return false }
        var digits = chars
        for i in omocodiaPositions {
            if let n = omocodiaLetters.firstIndex(of: chars[i]) {
                digits[i] = Character(String(n))
            } else if !chars[i].isNumber {
                return false
            }
        }
        guard monthLetters.contains(chars[8]), let day = Int(String(digits[9...10])) else { return false }
        return (1...31).contains(day) || (41...71).contains(day)
    }
}
