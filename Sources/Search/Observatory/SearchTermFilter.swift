import Catalog

/// Decides which typed words may be stored, so no free text is kept unless it is a known term.
///
/// A candidate word is folded (lower case, no accents), made of letters only (so numbers,
/// phone numbers, tax codes and e-mail addresses never qualify), 3–30 letters long and not a
/// stop word. It is stored when its stem is in the search index vocabulary (the words of the
/// published cards, their needs and targets), or once it has been typed in at least
/// `threshold` searches of the same day; until then its tally lives in memory only and is
/// forgotten after a day or at restart.
struct SearchTermFilter: Sendable {
    let threshold: Int
    let capacity: Int
    /// Words outside the vocabulary still under the threshold (memory only).
    private(set) var waiting: [TermKey: TermTally] = [:]
    /// Words that reached the threshold on their day (later tallies are stored directly).
    private(set) var admitted: Set<TermKey> = []

    init(threshold: Int, capacity: Int) {
        self.threshold = max(1, threshold)
        self.capacity = max(0, capacity)
    }

    /// The distinct candidate words of `text` (at most 8).
    static func candidateWords(in text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var seen = Set<String>()
        return TextNormalizer().searchTerms(in: String(text.prefix(200))).map(\.word).filter { word in
            (3...30).contains(word.count) && word.unicodeScalars.allSatisfy { $0.value >= 97 && $0.value <= 122 }
                && seen.insert(word).inserted
        }.prefix(8).map { $0 }
    }

    /// The tallies that may be written now; the rest wait (or are dropped when over capacity).
    mutating func admit(_ words: [TermKey: TermTally], today: CalendarDay,
                        isKnown: (String) throws -> Bool) throws -> [(TermKey, TermTally)] {
        let yesterday = today.adding(days: -1)
        waiting = waiting.filter { $0.key.day >= yesterday }
        admitted = admitted.filter { $0.day >= yesterday }
        var out: [(TermKey, TermTally)] = []
        for (key, tally) in words {
            let known = try admitted.contains(key) || isKnown(key.term)
            if known {
                out.append((key, tally))
                continue
            }
            var total = waiting[key] ?? TermTally()
            total.add(tally)
            if total.searches >= threshold {
                waiting[key] = nil
                admitted.insert(key)
                out.append((key, total))
            } else if waiting[key] != nil || waiting.count < capacity {
                waiting[key] = total
            }
        }
        return out
    }
}
