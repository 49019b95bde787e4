import Catalog
import Foundation

/// The comuni held in memory (1,180 for Piedmont: a few hundred KB) to resolve what a visitor
/// types without JavaScript: a name in any case and with or without accents or apostrophes
/// ("mondovi", "Sant Antonino"), a name with its province ("Samone (TO)"), a slug, or a postal
/// code ("10064"). Near spellings come from the edit distance between folded names.
public struct ComuneDirectory: Sendable {
    struct Entry: Sendable {
        let comune: Comune
        let folded: String
    }

    let entries: [Entry]
    let byFoldedName: [String: [Int]]
    let byPostalCode: [String: [Int]]
    let bySlug: [String: Int]

    public init(comuni: [Comune]) {
        var entries: [Entry] = []
        var names: [String: [Int]] = [:], caps: [String: [Int]] = [:], slugs: [String: Int] = [:]
        for (index, comune) in comuni.sorted(by: { $0.name < $1.name }).enumerated() {
            let folded = Self.fold(comune.name)
            entries.append(Entry(comune: comune, folded: folded))
            names[folded, default: []].append(index)
            for cap in comune.postalCodes { caps[cap, default: []].append(index) }
            slugs[comune.slug] = index
        }
        self.entries = entries
        self.byFoldedName = names
        self.byPostalCode = caps
        self.bySlug = slugs
    }

    public var count: Int { entries.count }

    private static let normalizer = TextNormalizer()

    /// Lower case, no diacritics, apostrophes and hyphens as spaces, single spaces.
    public static func fold(_ text: String) -> String {
        let plain = Self.normalizer.fold(text)   // accent folding has one home: `TextNormalizer`
        var out = ""
        var lastWasSpace = true
        for scalar in plain.unicodeScalars {
            let isWordCharacter = CharacterSet.alphanumerics.contains(scalar)
            if isWordCharacter {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                out += " "
                lastWasSpace = true
            }
        }
        return out.hasSuffix(" ") ? String(out.dropLast()) : out
    }

    /// What `text` means: one comune, several (same name, same postal code, or the comuni a
    /// partial name begins), or none (with near spellings).
    public func resolve(_ text: String) -> ComuneMatch {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .notFound(suggestions: []) }
        if let index = bySlug[trimmed] { return .found(entries[index].comune) }
        if trimmed.count == 5, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber) {
            return match(byPostalCode[trimmed] ?? [], fallback: [])
        }
        let (name, province) = Self.splitProvince(trimmed)
        var hits = byFoldedName[Self.fold(name)] ?? []
        if let province { hits = hits.filter { entries[$0].comune.provinceCode == province } }
        if hits.isEmpty {
            // A partial name ("villanova", "san secondo") offers the comuni it begins, as the
            // autocomplete does, so the form works the same without JavaScript.
            var partial = suggestions(name, limit: 10)
            if let province { partial = partial.filter { $0.provinceCode == province } }
            if !partial.isEmpty && Self.fold(name).count >= 3 { return .ambiguous(partial) }
        }
        return match(hits, fallback: nearSpellings(of: name, limit: 5))
    }

    /// "Samone (TO)" → ("Samone", "TO").
    static func splitProvince(_ text: String) -> (String, String?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
        let code = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        guard code.count == 2 else { return (text, nil) }
        return (String(text[..<open]).trimmingWhitespace(), code.uppercased())
    }

    func match(_ indices: [Int], fallback: [Comune]) -> ComuneMatch {
        switch indices.count {
        case 0: return .notFound(suggestions: fallback)
        case 1: return .found(entries[indices[0]].comune)
        default: return .ambiguous(indices.map { entries[$0].comune })
        }
    }

    /// Comuni whose folded name starts with the folded `prefix` (or contains it as a word),
    /// or whose postal code starts with `prefix`, alphabetically.
    public func suggestions(_ prefix: String, limit: Int) -> [Comune] {
        let folded = Self.fold(prefix)
        guard !folded.isEmpty else { return [] }
        if folded.allSatisfy(\.isNumber) {
            return Array(entries.filter { $0.comune.postalCodes.contains { $0.hasPrefix(folded) } }.prefix(limit).map(\.comune))
        }
        let starts = entries.filter { $0.folded.hasPrefix(folded) }
        let words = entries.filter { !$0.folded.hasPrefix(folded) && $0.folded.contains(" " + folded) }
        return Array((starts + words).prefix(limit).map(\.comune))
    }

    /// The closest names by edit distance (at most 1 edit per 4 letters, at least 1), best first.
    public func nearSpellings(of text: String, limit: Int) -> [Comune] {
        let folded = Self.fold(text)
        guard folded.count >= 3 else { return [] }
        let allowed = max(1, folded.count / 4)
        let target = Array(folded.unicodeScalars)
        var scored: [(Int, Int)] = []
        for (index, entry) in entries.enumerated() where abs(entry.folded.count - folded.count) <= allowed {
            if let distance = EditDistance.levenshtein(target, Array(entry.folded.unicodeScalars), limit: allowed) {
                scored.append((distance, index))
            }
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map { entries[$0.1].comune }
    }
}
