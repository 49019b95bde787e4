/// "Did you mean": title words of the index close to the query words (Levenshtein distance
/// 1 for words up to 5 letters, 2 beyond), most common first. Reads `service_fts_vocab`.
struct SpellingSuggester {
    var limit = 5

    func suggestions(for words: [String], db: Connection) throws -> [String] {
        guard !words.isEmpty else { return [] }
        var found: [(word: String, distance: Int, docs: Int64)] = []
        let wanted = Set(words)
        try db.forEachRow("SELECT term, doc FROM service_fts_vocab WHERE col = 'title'", arguments: []) { row in
            let term = row[0].searchText
            guard !wanted.contains(term), term.count >= 3 else { return }
            for word in words {
                let allowed = word.count <= 5 ? 1 : 2
                guard abs(term.count - word.count) <= allowed,
                      let d = Self.distance(Array(word.unicodeScalars), Array(term.unicodeScalars), limit: allowed)
                else { continue }
                found.append((term, d, row[1].searchInt ?? 0))
            }
        }
        found.sort { ($0.distance, -$0.docs, $0.word) < ($1.distance, -$1.docs, $1.word) }
        var seen = Set<String>()
        return found.filter { seen.insert($0.word).inserted }.prefix(limit).map(\.word)
    }

    /// Levenshtein distance, or nil when it exceeds `limit` (stops at the first row above it).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return nil }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
