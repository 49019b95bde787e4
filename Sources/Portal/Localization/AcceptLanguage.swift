import Foundation

/// Picks the visitor's language from `Accept-Language` (RFC 9110 §12.5.4): the offered language
/// with the highest weight wins; ties keep the header's order; `*` and unknown tags are ignored.
enum AcceptLanguage {
    /// The best of `available` for `header`, or nil when the header names none of them.
    static func best(_ header: String, available: [String]) -> String? {
        var best: (code: String, weight: Double)?
        for item in header.split(separator: ",").prefix(32) {
            let parts = item.split(separator: ";")
            guard let tag = parts.first?.trimmingCharacters(in: .whitespaces).lowercased(), !tag.isEmpty else { continue }
            let primary = String(tag.prefix { $0 != "-" })
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix("q="), let value = Double(pair.dropFirst(2)), (0...1).contains(value) { weight = value }
            }
            guard weight > 0, available.contains(primary) else { continue }
            if best == nil || weight > best!.weight { best = (primary, weight) }
        }
        return best?.code
    }
}
