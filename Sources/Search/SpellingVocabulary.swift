import Catalog
/// Title words of published cards with how many cards use each, for "Forse cercavi". Kept in
/// 64 shards by word hash so patching one card copies only the shards of its words.
struct SpellingVocabulary: Sendable {
    private static let shardCount = 64
    private var shards = [[String: Int64]](repeating: [:], count: SpellingVocabulary.shardCount)

    /// The distinct words of a title as the vocabulary counts them: folded like the index
    /// (lowercase, no accents), at least 3 letters, no stop words.
    static func words(inTitle title: String, normalizer: TextNormalizer) -> [String] {
        var seen = Set<String>()
        var words: [String] = []
        for word in normalizer.words(in: title) {
            let folded = normalizer.fold(word)
            guard folded.unicodeScalars.count >= 3, !ItalianStopWords.contains(folded), seen.insert(folded).inserted else { continue }
            words.append(folded)
        }
        return words
    }

    mutating func add(_ words: [String]) {
        for word in words { shards[Self.shard(word)][word, default: 0] += 1 }
    }

    mutating func remove(_ words: [String]) {
        for word in words {
            let shard = Self.shard(word)
            guard let docs = shards[shard][word] else { continue }
            shards[shard][word] = docs > 1 ? docs - 1 : nil
        }
    }

    /// Every word with its card count (in no particular order).
    var terms: [(term: String, docs: Int64)] {
        shards.flatMap { $0.map { (term: $0.key, docs: $0.value) } }
    }

    private static func shard(_ word: String) -> Int {
        Int(UInt(bitPattern: word.hashValue) % UInt(shardCount))
    }
}
