import Catalog
import Storage

/// "Did you mean": title words of the index close to the query words (Levenshtein distance
/// 1 for words up to 5 letters, 2 beyond), most common first. The vocabulary holds title words
/// of **published** cards only (`SpellingVocabulary`): drafts, cards in review and archived
/// cards never lend their words to "Forse cercavi".
struct SpellingSuggester {
    var limit = 5

    func suggestions(for words: [String], vocabulary: [(term: String, docs: Int64)]) -> [String] {
        guard !words.isEmpty else { return [] }
        let queries = words.map { ($0, Array($0.unicodeScalars), $0.count <= 5 ? 1 : 2) }
        var found: [(word: String, distance: Int, docs: Int64)] = []
        for (term, docs) in vocabulary {
            let length = term.unicodeScalars.count
            for (word, scalars, allowed) in queries where term != word && abs(length - scalars.count) <= allowed {
                guard let d = Self.distance(scalars, Array(term.unicodeScalars), limit: allowed) else { continue }
                found.append((term, d, docs))
            }
        }
        found.sort { ($0.distance, -$0.docs, $0.word) < ($1.distance, -$1.docs, $1.word) }
        var seen = Set<String>()
        return found.filter { seen.insert($0.word).inserted }.prefix(limit).map(\.word)
    }

    /// Levenshtein distance, or nil when it exceeds `limit` (`EditDistance`, the one implementation).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        EditDistance.levenshtein(a, b, limit: limit)
    }
}
