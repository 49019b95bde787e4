import Storage

/// "Did you mean": title words of the index close to the query words (Levenshtein distance
/// 1 for words up to 5 letters, 2 beyond), most common first.
struct SpellingSuggester {
    var limit = 5

    /// Title words of **published** cards with how many cards use each, folded like the index
    /// (lowercase, no accents) and without stop words: drafts, cards in review and archived
    /// cards never lend their words to "Forse cercavi" (they are not public). Reading every
    /// published title takes a fraction of a second on 100,000 cards, so callers cache it.
    static func loadVocabulary(_ db: Connection, normalizer: TextNormalizer = TextNormalizer()) throws -> [(term: String, docs: Int64)] {
        var counts: [String: Int64] = [:]
        try db.forEachRow("SELECT title FROM service WHERE status = 'published'", arguments: []) { row in
            var seen = Set<String>()
            for word in normalizer.words(in: row[0].searchText) {
                let folded = normalizer.fold(word)
                guard folded.unicodeScalars.count >= 3, !ItalianStopWords.contains(folded), seen.insert(folded).inserted else { continue }
                counts[folded, default: 0] += 1
            }
        }
        return counts.map { (term: $0.key, docs: $0.value) }
    }

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
