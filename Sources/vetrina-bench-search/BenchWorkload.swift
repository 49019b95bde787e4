import Catalog
import Foundation
import Search
import Storage

/// Deterministic query sets built from what the database holds (comuni, needs, title words).
struct BenchWorkload {
    enum Kind: String, CaseIterable {
        case needAndComune = "need + comune"
        case freeText = "free text"
        case textAndFilters = "text + filters"
        case textAndComune = "text + comune + need"
        case commonWord = "most common title word (stress)"
    }

    let cardCount: Int
    let comuni: [(id: Int64, name: String)]
    let needs: [String]
    let modes: [String]
    let words: [String]
    let commonWord: String
    private var rng: SplitMix64

    init(pool: DatabasePool, seed: UInt64) throws {
        rng = SplitMix64(seed: seed)
        (cardCount, comuni, needs, modes, words, commonWord) = try pool.read { db in
            let cards = try db.scalar("SELECT count(*) FROM service WHERE status = 'published'", as: Int.self) ?? 0
            let comuni = try db.query("SELECT c.id, t.name FROM comune c JOIN territory t ON t.id = c.id ORDER BY c.id")
                .compactMap { row -> (Int64, String)? in
                    guard case .integer(let id) = row[0], case .text(let name) = row[1] else { return nil }
                    return (id, name)
                }
            func codes(_ table: String) throws -> [String] {
                try db.query("SELECT code FROM \(table) ORDER BY sort_order").compactMap {
                    if case .text(let code) = $0[0] { return code } else { return nil }
                }
            }
            // What people type: the words of the need, target and service-type labels
            // ("anziani", "assistenza", "nido" …), 4+ letters, stop words left out.
            let labels = try db.query("SELECT label FROM need UNION ALL SELECT label FROM target UNION ALL SELECT label FROM service_type")
                .compactMap { row -> String? in if case .text(let t) = row[0] { return t } else { return nil } }
            let normalizer = TextNormalizer()
            let words = Array(Set(labels.flatMap { normalizer.searchTerms(in: $0).map(\.word) }.filter { $0.count >= 4 })).sorted()
            let common = try db.query("SELECT term FROM service_fts_vocab WHERE col = 'title' AND length(term) >= 4 ORDER BY doc DESC LIMIT 1")
                .first.flatMap { row -> String? in if case .text(let t) = row[0] { return t } else { return nil } } ?? "servizio"
            return (cards, comuni, try codes("need"), try codes("delivery_mode"), words, common)
        }
    }

    mutating func queries(_ kind: Kind, count: Int) -> [SearchQuery] {
        (0..<count).map { _ in query(kind) }
    }

    mutating func query(_ kind: Kind) -> SearchQuery {
        switch kind {
        case .needAndComune:
            return SearchQuery(needs: [pick(needs)], territoryId: pick(comuni).id)
        case .freeText:
            let n = Int(rng.next() % 2) + 1
            return SearchQuery(text: (0..<n).map { _ in pick(words) }.joined(separator: " "))
        case .textAndFilters:
            var q = SearchQuery(text: pick(words), territoryId: pick(comuni).id)
            if rng.next() % 2 == 0 { q.costKinds = [.free] } else { q.deliveryModes = [pick(modes)] }
            return q
        case .textAndComune:
            return SearchQuery(text: pick(words), needs: [pick(needs)], territoryId: pick(comuni).id)
        case .commonWord:
            return SearchQuery(text: commonWord, territoryId: rng.next() % 2 == 0 ? pick(comuni).id : nil)
        }
    }

    mutating func comunePrefixes(count: Int) -> [String] {
        (0..<count).map { _ in String(pick(comuni).name.prefix(Int(rng.next() % 4) + 2)) }
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(rng.next() % UInt64(max(1, items.count)))]
    }
}

/// A small deterministic random generator (SplitMix64), so every run asks the same queries.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
