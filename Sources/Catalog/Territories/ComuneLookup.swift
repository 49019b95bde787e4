/// Finding comuni by what someone typed, the one implementation behind the portal's place field
/// (`ComuneDirectory`), the autocomplete (`ComuneAutocomplete`) and the card form and CSV import
/// (`AdminVocabulary`). Names are compared by `key(_:)`: accents, case, apostrophes, hyphens and
/// repeated spaces ignored ("Sant'Antonino" = "sant antonino"). Each caller keeps its own element
/// type and order; `Element` is whatever it wants back.
public struct ComuneLookup<Element: Sendable>: Sendable {
    /// What the lookup needs to know of one comune; callers that lack a field leave it empty.
    public struct Facts: Sendable {
        public var name: String
        public var istatCode: String
        public var slug: String
        public var provinceCode: String
        public var postalCodes: [String]
        public var isCapoluogo: Bool

        public init(name: String, istatCode: String, slug: String = "", provinceCode: String = "",
                    postalCodes: [String] = [], isCapoluogo: Bool = false) {
            self.name = name
            self.istatCode = istatCode
            self.slug = slug
            self.provinceCode = provinceCode
            self.postalCodes = postalCodes
            self.isCapoluogo = isCapoluogo
        }
    }

    /// The order of `candidates(_:limit:ranking:)` for a partial name.
    public enum Ranking: Sendable {
        /// Names beginning with the text, then names with a later word beginning with it; each
        /// group in the order the comuni were given (the place field without JavaScript).
        case beginningThenWord
        /// The exact name, then names beginning with the text, then names with a later word
        /// beginning with it (also for several words: "giorgio canavese" finds "San Giorgio
        /// Canavese", as the place field does); provincial capitals first in each group, then
        /// by key (autocomplete).
        case exactThenCapitals
    }

    struct Entry: Sendable {
        let element: Element
        let facts: Facts
        let key: String
    }

    private let entries: [Entry]
    private let byKey: [String: [Int]]
    private let byPostalCode: [String: [Int]]
    private let bySlug: [String: Int]
    private let byISTATCode: [String: Int]

    private static var normalizer: TextNormalizer { TextNormalizer() }

    /// Indexes `elements` in the given order; `facts` says what each one is called.
    public init(_ elements: [Element], facts: (Element) -> Facts) {
        var entries: [Entry] = []
        var keys: [String: [Int]] = [:], caps: [String: [Int]] = [:], slugs: [String: Int] = [:], codes: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let known = facts(element)
            let key = Self.key(known.name)
            entries.append(Entry(element: element, facts: known, key: key))
            keys[key, default: []].append(index)
            for cap in known.postalCodes { caps[cap, default: []].append(index) }
            if !known.slug.isEmpty { slugs[known.slug] = index }
            if codes[known.istatCode] == nil { codes[known.istatCode] = index }
        }
        self.entries = entries
        self.byKey = keys
        self.byPostalCode = caps
        self.bySlug = slugs
        self.byISTATCode = codes
    }

    /// How many comuni it holds.
    public var count: Int { entries.count }

    /// All of them, in the given order.
    public var elements: [Element] { entries.map(\.element) }

    /// The comparison form of a name or of typed text: folded words (`TextNormalizer`) joined by
    /// single spaces. "Mondovì" → "mondovi", "Sant'Antonino  di Susa" → "sant antonino di susa".
    public static func key(_ text: String) -> String {
        let normalizer = Self.normalizer
        return normalizer.words(in: text).map(normalizer.fold).joined(separator: " ")
    }

    /// Whether `text` is shaped like a postal code: exactly five ASCII digits.
    public static func isPostalCode(_ text: String) -> Bool {
        text.utf8.count == 5 && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Every comune whose name has the same key as `text`, in the given order.
    public func named(_ text: String) -> [Element] {
        (byKey[Self.key(text)] ?? []).map { entries[$0].element }
    }

    /// The comune with this slug (the last one given, should two share it).
    public func withSlug(_ slug: String) -> Element? {
        bySlug[slug].map { entries[$0].element }
    }

    /// The comuni with this postal code, in the given order.
    public func withPostalCode(_ code: String) -> [Element] {
        (byPostalCode[code] ?? []).map { entries[$0].element }
    }

    /// The first comune (in the given order) whose ISTAT code is `text` without surrounding
    /// spaces, or whose name has the key of `text`; nil for text with no letters or digits.
    public func first(codeOrName text: String) -> Element? {
        let key = Self.key(text)
        guard !key.isEmpty else { return nil }
        let byCode = byISTATCode[text.trimmingCharacters(in: .whitespaces)]
        let byName = byKey[key]?.first
        return [byCode, byName].compactMap { $0 }.min().map { entries[$0].element }
    }

    /// Up to `limit` comuni a partial name or postal code may mean: all digits → postal codes
    /// beginning with them, in the given order; otherwise names by `ranking`.
    public func candidates(_ text: String, limit: Int, ranking: Ranking) -> [Element] {
        let needle = Self.key(text)
        let limit = max(0, limit)
        guard !needle.isEmpty else { return [] }
        if needle.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return Array(entries.lazy.filter { $0.facts.postalCodes.contains { $0.hasPrefix(needle) } }
                .prefix(limit).map(\.element))
        }
        let laterWord = " " + needle
        var ranked: [(rank: Int, entry: Entry)] = []
        for entry in entries {
            if entry.key == needle { ranked.append((ranking == .exactThenCapitals ? 0 : 1, entry)) }
            else if entry.key.hasPrefix(needle) { ranked.append((1, entry)) }
            else if entry.key.contains(laterWord) { ranked.append((2, entry)) }
        }
        switch ranking {
        case .beginningThenWord:
            return Array(ranked.filter { $0.rank < 2 }.map(\.entry.element)
                + ranked.filter { $0.rank == 2 }.map(\.entry.element)).prefix(limit).map { $0 }
        case .exactThenCapitals:
            ranked.sort { a, b in
                (a.rank, a.entry.facts.isCapoluogo ? 0 : 1, a.entry.key) < (b.rank, b.entry.facts.isCapoluogo ? 0 : 1, b.entry.key)
            }
            return ranked.prefix(limit).map(\.entry.element)
        }
    }

    /// The comuni whose names are closest to `text` by edit distance (at most 1 edit per 4
    /// letters, at least 1; none for under 3 letters), best first, then in the given order.
    public func nearSpellings(of text: String, limit: Int) -> [Element] {
        let key = Self.key(text)
        guard key.count >= 3 else { return [] }
        let allowed = max(1, key.count / 4)
        let target = Array(key.unicodeScalars)
        var scored: [(distance: Int, index: Int)] = []
        for (index, entry) in entries.enumerated() where abs(entry.key.count - key.count) <= allowed {
            if let distance = EditDistance.levenshtein(target, Array(entry.key.unicodeScalars), limit: allowed) {
                scored.append((distance, index))
            }
        }
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(max(0, limit)).map { entries[$0.index].element }
    }
}
