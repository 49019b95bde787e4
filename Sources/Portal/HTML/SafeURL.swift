/// A URL that may be put in an `href` or `src`: a same-site path (`/…`, not `//…`), a fragment
/// (`#…`), or an absolute `http`, `https`, `mailto` or `tel` URL. Anything else, notably
/// `javascript:` and `data:`, is refused, so data typed by a provider can never run script.
public struct SafeURL: Sendable, Equatable {
    /// The URL as it will be written (it is still HTML-escaped when inserted).
    public let value: String

    /// Accepts `candidate` if its scheme is allowed; nil otherwise.
    init?(_ candidate: String) {
        let trimmed = candidate.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            return nil
        }
        if trimmed.hasPrefix("#") || (trimmed.hasPrefix("/") && !trimmed.hasPrefix("//")) {
            value = trimmed
            return
        }
        let lower = trimmed.lowercased()
        let allowed = ["http://", "https://", "mailto:", "tel:"]
        guard allowed.contains(where: { lower.hasPrefix($0) }) else { return nil }
        value = trimmed
    }

    /// A path we build ourselves (always starts with `/`).
    init(path: String) {
        value = path.hasPrefix("/") && !path.hasPrefix("//") ? path : "/"
    }

    /// A website typed without a scheme (`www.mutuapiemonte.it`) gets `https://`.
    static func website(_ text: String) -> SafeURL? {
        let trimmed = text.trimmingWhitespace()
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return SafeURL(trimmed) }
        guard !trimmed.contains(":"), !trimmed.contains(" ") else { return nil }
        return SafeURL("https://" + trimmed)
    }

    /// `tel:` link for a phone number written for people (`0121 795191`): digits and a leading `+`.
    static func telephone(_ number: String) -> SafeURL? {
        let digits = number.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "+" }
        guard digits.count >= 3 else { return nil }
        return SafeURL("tel:" + String(String.UnicodeScalarView(digits)))
    }

    /// `mailto:` link for an address that looks like one (one `@`, no spaces or `?`).
    public static func email(_ address: String) -> SafeURL? {
        let trimmed = address.trimmingWhitespace()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !trimmed.contains(where: { $0 == " " || $0 == "?" || $0 == "&" })
        else { return nil }
        return SafeURL("mailto:" + trimmed)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and newlines (no Foundation needed).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
