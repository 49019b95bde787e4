import Catalog
/// Orders matching docs by packing each doc's sort criteria into one `UInt64` key:
/// 4 bits of relevance band, 3 bits of proximity, 1 bit "demoted" (not verified for two
/// re-verification periods, `FreshnessPolicy`), 29 bits of freshness in minutes (newer first,
/// enough until the year 2990) and 27 bits of doc number (a stable tie-break), arranged for
/// the requested order. Demotion comes right after the order's first criterion.
/// Only the first `limit` keys are ordered (a bounded insertion into a sorted prefix), so a
/// page of 20 out of 80,000 results costs one pass, not a full sort.
enum SearchRanking {
    static let docBits: UInt64 = 27
    static let freshnessMax: UInt64 = (1 << 29) - 1

    /// The first `limit` docs of `evaluation` in result order, with their proximity (255 = none).
    static func order(_ evaluation: SnapshotEvaluation, in snapshot: SearchSnapshot, sort: SearchSort,
                      limit: Int, demoteBefore: Int64? = nil) -> [(doc: Int32, proximity: UInt8)] {
        let limit = max(0, limit)
        var top: [UInt64] = []
        top.reserveCapacity(min(limit, evaluation.docs.count))
        let fullSort = limit > 2_000
        for i in evaluation.docs.indices {
            let doc = evaluation.docs[i]
            let record = snapshot.records[Int(doc)]
            let k = key(doc: doc, band: evaluation.bands[i], proximity: evaluation.proximities[i],
                        freshness: record.freshness, sort: sort,
                        demoted: demoteBefore.map { record.verifiedReference < $0 } ?? false)
            if fullSort { top.append(k); continue }
            if top.count == limit {
                guard let last = top.last, k < last else { continue }
                top.removeLast()
            }
            top.insert(k, at: insertionIndex(of: k, in: top))
        }
        if fullSort { top.sort() }
        return top.prefix(limit).map { decode($0, sort: sort) }
    }

    static func insertionIndex(of key: UInt64, in sorted: [UInt64]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func key(doc: Int32, band: UInt8, proximity: UInt8, freshness: Int64, sort: SearchSort,
                    demoted: Bool = false) -> UInt64 {
        let late: UInt64 = demoted ? 1 : 0
        let relevance = UInt64(10 - min(band, 10))                   // 0 best … 10
        let near = UInt64(min(proximity, 4))                          // 0 comune … 3 region, 4 none
        let minutes = UInt64(clamping: max(0, freshness / 60))
        let stale = freshnessMax - min(minutes, freshnessMax)         // 0 newest
        let docPart = UInt64(UInt32(bitPattern: doc)) & ((1 << docBits) - 1)
        switch sort {
        case .relevance: return relevance << 60 | late << 59 | near << 56 | stale << 27 | docPart
        case .proximity: return near << 61 | late << 60 | relevance << 56 | stale << 27 | docPart
        case .freshness: return late << 63 | stale << 34 | near << 31 | relevance << 27 | docPart
        }
    }

    static func decode(_ key: UInt64, sort: SearchSort) -> (doc: Int32, proximity: UInt8) {
        let doc = Int32(truncatingIfNeeded: key & ((1 << docBits) - 1))
        let near: UInt64
        switch sort {
        case .relevance: near = (key >> 56) & 0b111
        case .proximity: near = key >> 61
        case .freshness: near = (key >> 31) & 0b111
        }
        return (doc, near >= 4 ? 255 : UInt8(near))
    }
}
