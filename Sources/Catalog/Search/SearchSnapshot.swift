/// An immutable in-memory copy of everything filters, facets and territory matching need,
/// for every service (all statuses): one array per attribute, indexed by "doc" number.
///
/// Why in memory: facet counts must be computed over every matching card for each filter
/// dimension; on 100,000 cards SQL aggregation costs tens of milliseconds per query, a pass
/// over these arrays well under one. The snapshot is rebuilt when `search_state.generation`
/// changes (triggers in 0002_search.sql bump it on every relevant write).
/// Taxonomies with more than 64 terms keep only the first 64 as filterable bits.
struct SearchSnapshot: Sendable {
    /// The `search_state.generation` it was built from.
    var generation: Int64 = 0
    var serviceIDs: [Int64] = []
    /// Index of the status in `ServiceStatus.allCases`.
    var status: [UInt8] = []
    /// Last valid day as yyyymmdd, `Int32.max` when open-ended.
    var validTo: [Int32] = []
    var needs: [UInt64] = []
    var targets: [UInt64] = []
    var modes: [UInt64] = []
    /// Index of the cost kind in `CostKind.allCases`.
    var cost: [UInt8] = []
    var welfare: [Bool] = []
    /// Index into `organizationKinds`, or -1 when unknown.
    var organizationKind: [Int16] = []
    /// Index into `tuirTerms`, or -1 when the card names no TUIR category.
    var tuirCategory: [Int16] = []
    /// max(updated_at, last_verified_at), unix seconds.
    var freshness: [Int64] = []
    /// Last verification, else facts date, else creation, unix seconds (`FreshnessPolicy`).
    var verifiedReference: [Int64] = []

    var needTerms: [TaxonomyTerm] = []
    var targetTerms: [TaxonomyTerm] = []
    var modeTerms: [TaxonomyTerm] = []
    var organizationKinds: [TaxonomyTerm] = []
    var tuirTerms: [TaxonomyTerm] = []

    /// Doc number by service id: a dense table when ids are compact (the usual case), a
    /// dictionary otherwise.
    var denseDocByID: [Int32] = []
    var sparseDocByID: [Int64: Int32] = [:]
    /// Docs served in, or delivered in, each territory (sorted doc numbers).
    var reach: [Int64: [Int32]] = [:]
    /// Every territory by id.
    var territories: [Int64: TerritoryRef] = [:]
    /// For each comune: the territories containing it with their proximity (0 itself,
    /// 1 area, 2 province, 3 region).
    var containers: [Int64: [(id: Int64, proximity: UInt8)]] = [:]
    /// For each area, province and region: its comuni.
    var members: [Int64: [Int64]] = [:]

    var count: Int { serviceIDs.count }

    /// The doc number of a service id, if it is in the snapshot.
    @inline(__always)
    func doc(forServiceID id: Int64) -> Int32? {
        if id >= 0, id < denseDocByID.count {
            let doc = denseDocByID[Int(id)]
            return doc >= 0 ? doc : nil
        }
        return sparseDocByID[id]
    }

    /// Fills the id → doc tables once all services are loaded.
    mutating func indexServiceIDs() {
        let maxID = serviceIDs.max() ?? 0
        if maxID < Int64(4 * count + 1024) {
            denseDocByID = [Int32](repeating: -1, count: Int(maxID) + 1)
            for (doc, id) in serviceIDs.enumerated() where id >= 0 { denseDocByID[Int(id)] = Int32(doc) }
        } else {
            sparseDocByID = Dictionary(serviceIDs.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        }
    }

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
            guard let list = reach[key] else { continue }
            for doc in list {
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
