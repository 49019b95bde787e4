/// Orders matching docs by packing each doc's sort criteria into one `UInt64` key:
/// 4 bits of relevance band, 3 bits of proximity, 30 bits of freshness in minutes (newer
/// first) and 27 bits of doc number (a stable tie-break), arranged for the requested order.
/// Sorting plain integers keeps ranking of tens of thousands of results well under a millisecond.
enum SearchRanking {
    static let docBits: UInt64 = 27
    static let freshnessMax: UInt64 = (1 << 30) - 1

    /// The docs of `evaluation` in result order, with their proximity (255 = none).
    static func order(_ evaluation: SnapshotEvaluation, in snapshot: SearchSnapshot,
                      sort: SearchSort) -> [(doc: Int32, proximity: UInt8)] {
        var keys = [UInt64]()
        keys.reserveCapacity(evaluation.docs.count)
        for i in evaluation.docs.indices {
            let doc = evaluation.docs[i]
            keys.append(key(doc: doc, band: evaluation.bands[i], proximity: evaluation.proximities[i],
                            freshness: snapshot.freshness[Int(doc)], sort: sort))
        }
        keys.sort()
        let levelByDoc = Dictionary(zip(evaluation.docs, evaluation.proximities), uniquingKeysWith: { a, _ in a })
        return keys.map { key in
            let doc = Int32(truncatingIfNeeded: key & ((1 << docBits) - 1))
            return (doc, levelByDoc[doc] ?? 255)
        }
    }

    static func key(doc: Int32, band: UInt8, proximity: UInt8, freshness: Int64, sort: SearchSort) -> UInt64 {
        let relevance = UInt64(10 - min(band, 10))                   // 0 best … 10
        let near = UInt64(min(proximity, 4))                          // 0 comune … 3 region, 4 none
        let minutes = UInt64(clamping: max(0, freshness / 60))
        let stale = freshnessMax - min(minutes, freshnessMax)         // 0 newest
        let docPart = UInt64(UInt32(bitPattern: doc)) & ((1 << docBits) - 1)
        switch sort {
        case .relevance: return relevance << 60 | near << 57 | stale << 27 | docPart
        case .proximity: return near << 61 | relevance << 57 | stale << 27 | docPart
        case .freshness: return stale << 34 | near << 31 | relevance << 27 | docPart
        }
    }
}
