/// Levenshtein edit distance, the one implementation shared by spelling suggestions
/// (`SpellingSuggester`) and comune near-spellings (`ComuneLookup`).
public enum EditDistance {
    /// The distance between `a` and `b` (insertions, deletions, substitutions of scalars), or
    /// nil when it exceeds `limit`; stops at the first row whose every cell is above `limit`.
    public static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
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
