import Catalog
import Foundation

/// The reviewed Italian words people use for each need (`Resources/search-synonyms.tsv`), so
/// that "nido", "badanti" or "pensione" reach the cards of their need even when no card uses
/// that very word. Matching is on stems, so plurals and feminine forms match too.
public struct SearchSynonyms: Sendable {
    /// Need codes in file order, each with its words (folded).
    let wordsByNeed: [(need: String, words: [String])]
    private let needsByStem: [String: [String]]
    private let expansionByNeed: [String: [SearchTerm]]

    /// Builds the list from `entries` (need code, words); `labels` gives each need's label,
    /// whose words join the expansion (the index holds the labels of a card's needs).
    init(entries: [(need: String, words: [String])], labels: [String: String] = [:]) {
        let normalizer = TextNormalizer()
        var needsByStem: [String: [String]] = [:]
        var expansion: [String: [SearchTerm]] = [:]
        for entry in entries {
            // Only the listed words lead to a need; the label's words ("servizi", "lavoro"…) are
            // too general for that, but they join the expansion.
            let listed = entry.words.flatMap(normalizer.searchTerms(in:))
            for term in listed where !(needsByStem[term.stem] ?? []).contains(entry.need) {
                needsByStem[term.stem, default: []].append(entry.need)
            }
            var terms: [SearchTerm] = []
            for term in listed + normalizer.searchTerms(in: labels[entry.need] ?? "")
            where !terms.contains(where: { $0.stem == term.stem }) {
                terms.append(term)
            }
            expansion[entry.need] = terms
        }
        wordsByNeed = entries.map { ($0.need, $0.words.map(normalizer.fold)) }
        self.needsByStem = needsByStem
        expansionByNeed = expansion
    }

    /// Parses the file format: `#` comments, then `need<TAB>word, word, …` lines.
    /// - Throws: `SearchSynonymsError` naming the first malformed line.
    static func parse(_ text: String, labels: [String: String] = [:]) throws -> SearchSynonyms {
        var entries: [(need: String, words: [String])] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            let words = parts.count == 2
                ? parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            guard parts.count == 2, !words.isEmpty, words.allSatisfy({ !$0.contains(" ") }) else {
                throw SearchSynonymsError(line: index + 1)
            }
            entries.append((String(parts[0]), words))
        }
        return SearchSynonyms(entries: entries, labels: labels)
    }

    /// The list bundled with Search, with the labels of `TaxonomyCatalog`; empty if the
    /// resource is missing or malformed (a test keeps it well-formed).
    public static let bundled: SearchSynonyms = {
        let labels = Dictionary(uniqueKeysWithValues: TaxonomyCatalog.terms(of: .need).map { ($0.code, $0.label) })
        guard let text = BundledResource.text(named: "search-synonyms", extension: "tsv"),
              let synonyms = try? parse(text, labels: labels) else {
            return SearchSynonyms(entries: [])
        }
        return synonyms
    }()

    /// The needs whose words include `term` (by stem), in file order.
    func needs(for term: SearchTerm) -> [String] {
        needsByStem[term.stem] ?? []
    }

    /// The needs any word of `text` belongs to, without repeats, in the order they appear.
    public func needs(inText text: String) -> [String] {
        var result: [String] = []
        for term in TextNormalizer().searchTerms(in: text) {
            for need in needs(for: term) where !result.contains(need) { result.append(need) }
        }
        return result
    }

    /// The terms `term` also stands for: every word of its needs and their labels, itself excluded.
    func expansion(of term: SearchTerm) -> [SearchTerm] {
        var result: [SearchTerm] = []
        for need in needs(for: term) {
            for other in expansionByNeed[need] ?? [] where other.stem != term.stem && !result.contains(other) {
                result.append(other)
            }
        }
        return result
    }
}

/// A malformed line in the synonym list.
struct SearchSynonymsError: Error, Equatable, CustomStringConvertible {
    /// 1-based line number.
    let line: Int
    var description: String { "search-synonyms.tsv, line \(line): expected «need<TAB>word, word, …»" }
}
