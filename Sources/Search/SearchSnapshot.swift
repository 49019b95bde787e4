import Catalog
/// An in-memory copy of everything filters, facets and territory matching need, for every
/// service (all statuses): one `SnapshotRecord` per "doc" number, docs in service id order.
///
/// Why in memory: facet counts must be computed over every matching card for each filter
/// dimension; on 100,000 cards SQL aggregation costs tens of milliseconds per query, a pass
/// over these records well under one. A value type stored in 512-doc chunks: when
/// `search_state.generation` moves, `ServiceSearch` patches the changed cards into a copy
/// (`SearchSnapshot+Patching`) at a cost independent of the catalog's size, while searches
/// already running keep the previous version. A deleted card's doc stays as a tombstone.
/// Taxonomies with more than 64 terms keep only the first 64 as filterable bits.
struct SearchSnapshot: Sendable {
    /// The `search_state.generation` these records reflect and the next catch-up starts
    /// from: the generation read with them when the text index had caught up, else an older
    /// one (see `ServiceSearch.label`).
    var generation: Int64 = 0
    /// Which snapshot of its `ServiceSearch` this is (1, 2, …): keys the text match cache,
    /// whose doc numbers belong to one snapshot.
    var version: Int64 = 0
    /// The `search_structure.generation` (territories, taxonomies) it was built from.
    var structure: Int64 = 0
    var records = ChunkedArray<SnapshotRecord>()
    /// Per doc: the territories it reaches (to patch `reach`).
    var reachKeys = ChunkedArray<[Int64]>()
    /// Per doc: its words in `vocabulary` (published cards only).
    var titleWords = ChunkedArray<[String]>()
    var vocabulary = SpellingVocabulary()

    var needTerms: [TaxonomyTerm] = []
    var targetTerms: [TaxonomyTerm] = []
    var modeTerms: [TaxonomyTerm] = []
    var organizationKinds: [TaxonomyTerm] = []
    var tuirTerms: [TaxonomyTerm] = []

    /// Doc number by service id (-1: none), indexed by id, for ids small enough to keep the
    /// table near the catalog's size (`denseIDLimit`); any other id (negative, or far beyond:
    /// an import with explicit ids) is a "sparse" doc, found by binary search over `records`,
    /// which are in id order.
    var docByID = ChunkedArray<Int32>()
    /// How many docs are not in `docByID`.
    var sparseDocCount = 0
    /// Docs served in, or delivered in, each territory.
    var reach: [Int64: TerritoryReach] = [:]
    /// Every territory by id.
    var territories: [Int64: TerritoryRef] = [:]
    /// For each comune: the territories containing it with their proximity (0 itself,
    /// 1 area, 2 province, 3 region).
    var containers: [Int64: [(id: Int64, proximity: UInt8)]] = [:]
    /// For each area, province and region: its comuni.
    var members: [Int64: [Int64]] = [:]

    var count: Int { records.count }

    /// The doc number of a service id, if it is in the snapshot.
    @inline(__always)
    func doc(forServiceID id: Int64) -> Int32? {
        if id >= 0, id < docByID.count {
            let doc = docByID[Int(id)]
            if doc >= 0 { return doc }
        }
        return sparseDocCount == 0 ? nil : searchDoc(forServiceID: id)
    }

    /// Binary search over `records` (ascending service ids).
    func searchDoc(forServiceID id: Int64) -> Int32? {
        var low = 0, high = records.count
        while low < high {
            let mid = (low + high) / 2
            let found = records[mid].serviceID
            if found == id { return Int32(mid) }
            if found < id { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// Ids below this get a slot in `docByID` when appended: the table stays within a few
    /// entries per doc (plus a fixed 64 Ki), however large the ids.
    var denseIDLimit: Int64 { Int64(count) * 4 + 65_536 }

    /// The territories that answer for `territoryId`, each with its proximity: for a comune,
    /// itself, its areas, province and region; for a wider territory, the same for each of its
    /// comuni (a service answers it if it answers any of its comuni). Empty when unknown.
    func expansion(of territoryId: Int64) -> [Int64: UInt8] {
        guard let kind = territories[territoryId]?.kind else { return [:] }
        let comuni = kind == .comune ? [territoryId] : members[territoryId] ?? []
        var result: [Int64: UInt8] = [:]
        for comune in comuni {
            for container in containers[comune] ?? [] {
                if let existing = result[container.id], existing <= container.proximity { continue }
                result[container.id] = container.proximity
            }
        }
        return result
    }

    /// Proximity of every doc answering `territoryId` (255 = does not answer) and the list of
    /// answering docs.
    func proximities(for territoryId: Int64) -> (levels: [UInt8], docs: [Int32]) {
        var levels = [UInt8](repeating: 255, count: count)
        var docs: [Int32] = []
        for (key, level) in expansion(of: territoryId) {
            reach[key]?.forEach { doc in
                let current = levels[Int(doc)]
                if current == 255 { docs.append(doc) }
                if level < current { levels[Int(doc)] = level }
            }
        }
        return (levels, docs)
    }

    /// Bit mask of the selected codes in `terms` (unknown codes are ignored, so codes that are
    /// all unknown give 0, which matches nothing).
    static func mask(for codes: Set<String>, in terms: [TaxonomyTerm]) -> UInt64 {
        var mask: UInt64 = 0
        for (index, term) in terms.prefix(64).enumerated() where codes.contains(term.code) {
            mask |= 1 << UInt64(index)
        }
        return mask
    }
}
