import Catalog
import Foundation

/// The comuni held in memory (1,180 for Piedmont: a few hundred KB) to resolve what a visitor
/// types without JavaScript: a name in any case and with or without accents or apostrophes
/// ("mondovi", "Sant Antonino"), a name with its province ("Samone (TO)"), a slug, or a postal
/// code ("10064"). Near spellings come from the edit distance between folded names.
/// The matching itself is `ComuneLookup` (Catalog); this adds the visitor-facing reading.
struct ComuneDirectory: Sendable {
    let lookup: ComuneLookup<Comune>

    init(comuni: [Comune]) {
        lookup = ComuneLookup(comuni.sorted(by: { $0.name < $1.name })) { comune in
            .init(name: comune.name, istatCode: comune.istatCode, slug: comune.slug, provinceCode: comune.provinceCode,
                  postalCodes: comune.postalCodes, isCapoluogo: comune.isCapoluogo)
        }
    }

    var count: Int { lookup.count }

    /// All comuni, alphabetically.
    var comuni: [Comune] { lookup.elements }

    /// What `text` means: one comune, several (same name, same postal code, or the comuni a
    /// partial name begins), or none (with near spellings).
    func resolve(_ text: String) -> ComuneMatch {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .notFound(suggestions: []) }
        if let comune = lookup.withSlug(trimmed) { return .found(comune) }
        if ComuneLookup<Comune>.isPostalCode(trimmed) { return match(lookup.withPostalCode(trimmed), fallback: []) }
        let (name, province) = Self.splitProvince(trimmed)
        var hits = lookup.named(name)
        if let province { hits = hits.filter { $0.provinceCode == province } }
        if hits.isEmpty {
            // A partial name ("villanova", "san secondo") offers the comuni it begins, as the
            // autocomplete does, so the form works the same without JavaScript.
            var partial = suggestions(name, limit: 10)
            if let province { partial = partial.filter { $0.provinceCode == province } }
            if !partial.isEmpty && ComuneLookup<Comune>.key(name).count >= 3 { return .ambiguous(partial) }
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

    func match(_ comuni: [Comune], fallback: [Comune]) -> ComuneMatch {
        switch comuni.count {
        case 0: return .notFound(suggestions: fallback)
        case 1: return .found(comuni[0])
        default: return .ambiguous(comuni)
        }
    }

    /// Comuni whose name begins with `prefix` (or has a later word beginning with it), or whose
    /// postal code begins with it, alphabetically.
    func suggestions(_ prefix: String, limit: Int) -> [Comune] {
        lookup.candidates(prefix, limit: limit, ranking: .beginningThenWord)
    }

    /// The closest names by edit distance (at most 1 edit per 4 letters, at least 1), best first.
    func nearSpellings(of text: String, limit: Int) -> [Comune] {
        lookup.nearSpellings(of: text, limit: limit)
    }
}
