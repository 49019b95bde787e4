import Foundation

/// Format checks for e-mail addresses, Italian phone numbers and web addresses.
/// Empty values pass (combine with `TextRules.required` when a field is mandatory).
enum ContactRules {
    /// E-mail in the common `local@domain.tld` shape: dot-atom local part (RFC 5322 §3.4.1)
    /// of at most 64 octets, at most 254 octets in all (RFC 5321 §4.5.3.1), a domain of
    /// letter/digit/hyphen labels with a top-level label of at least two letters.
    static func isEmail(_ value: String) -> Bool {
        guard value.utf8.count <= 254, value.unicodeScalars.allSatisfy(\.isASCII) else { return false }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...64).contains(parts[0].utf8.count) else { return false }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
        let localAtoms = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard localAtoms.allSatisfy({ !$0.isEmpty && $0.allSatisfy(atext.contains) }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    /// Italian phone number: optional +39/0039, then a landline (0…, 6–11 digits), a mobile
    /// (3…, 9–10 digits), a toll-free/shared-cost number (8…, 6–10 digits) or a public
    /// utility short number (1…, 3–6 digits, e.g. 112, 1522). Spaces, dots, dashes,
    /// slashes and parentheses between digits are ignored.
    static func isItalianPhone(_ value: String) -> Bool {
        var digits = ""
        for (i, ch) in value.enumerated() {
            if ch.isASCII && ch.isNumber { digits.append(ch) }
            else if ch == "+" && i == 0 { continue }
            else if !" .-/()".contains(ch) { return false }
        }
        if value.hasPrefix("+") {
            guard digits.hasPrefix("39") else { return false }
            digits.removeFirst(2)
        } else if digits.hasPrefix("0039") {
            digits.removeFirst(4)
        }
        guard let first = digits.first else { return false }
        switch first {
        case "0": return (6...11).contains(digits.count)
        case "3": return (9...10).contains(digits.count)
        case "8": return (6...10).contains(digits.count)
        case "1": return (3...6).contains(digits.count)
        default: return false
        }
    }

    /// Absolute http or https URL with a host name (RFC 3986 §3), at most 2,000 characters.
    static func isWebURL(_ value: String) -> Bool {
        guard value.count <= 2000, !value.contains(where: { $0.isWhitespace }),
              let components = URLComponents(string: value),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return host.contains(".") || host == "localhost"
    }

    /// Error when a present e-mail is malformed.
    static func email(_ value: String?, field: String = "email") -> FieldError? {
        guard let t = TextRules.trimmed(value), !isEmail(t) else { return nil }
        return FieldError(field: field, message: "Inserisci un indirizzo e-mail valido, ad esempio nome@esempio.it")
    }

    /// Error when a present phone number is not an Italian number.
    static func phone(_ value: String?, field: String = "phone") -> FieldError? {
        guard let t = TextRules.trimmed(value), !isItalianPhone(t) else { return nil }
        return FieldError(field: field, message: "Inserisci un numero di telefono italiano valido, ad esempio 011 1234567 o 333 1234567")
    }

    /// Error when a present web address is not a complete http(s) URL.
    static func webURL(_ value: String?, field: String = "website") -> FieldError? {
        guard let t = TextRules.trimmed(value), !isWebURL(t) else { return nil }
        return FieldError(field: field, message: "Inserisci un indirizzo web completo che inizi con https:// o http://")
    }
}
