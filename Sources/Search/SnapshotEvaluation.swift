import Catalog
/// The outcome of one pass over the candidate docs: matching docs and facet counts.
struct SnapshotEvaluation: Sendable {
    /// Matching docs with their relevance band (0…10, 10 best) and proximity (255 = none).
    var docs: [Int32] = []
    var bands: [UInt8] = []
    var proximities: [UInt8] = []
    var needCounts = [Int](repeating: 0, count: 64)
    var targetCounts = [Int](repeating: 0, count: 64)
    var modeCounts = [Int](repeating: 0, count: 64)
    /// By index in `CostKind.allCases`.
    var costCounts = [Int](repeating: 0, count: CostKind.allCases.count)
    var welfareCount = 0
    /// By organisation kind index; the last slot counts unknown kinds.
    var organizationKindCounts: [Int]
    /// By TUIR category index; the last slot counts cards with none.
    var tuirCounts: [Int]
    var proximityCounts = [Int](repeating: 0, count: 4)
    /// Docs that fail only this dimension: dropping it would add them to the results.
    var failingOnly: [SearchDimension: Int] = [:]

    init(organizationKindCount: Int, tuirCount: Int) {
        organizationKindCounts = [Int](repeating: 0, count: organizationKindCount + 1)
        tuirCounts = [Int](repeating: 0, count: tuirCount + 1)
    }

    var total: Int { docs.count }
}

/// Where the candidates of a pass come from.
struct SnapshotCandidates {
    /// Docs matching the text with their bands; nil when there is no text.
    var text: (docs: [Int32], bands: [UInt8])?
    /// Proximity per doc and the docs answering the territory; nil when no territory.
    var territory: (levels: [UInt8], docs: [Int32])?
}

extension SearchSnapshot {
    /// Dimensions in the order of `SnapshotEvaluation.failingOnly` bookkeeping.
    private static let dimensions: [SearchDimension] = [.needs, .targets, .deliveryModes, .costKinds, .welfare,
                                                        .organizationKinds, .tuirCategories]

    /// One pass over the candidates applying `filter`, collecting results and facets.
    func evaluate(_ filter: SnapshotFilter, candidates: SnapshotCandidates) -> SnapshotEvaluation {
        var out = SnapshotEvaluation(organizationKindCount: organizationKinds.count, tuirCount: tuirTerms.count)
        var failing = [Int](repeating: 0, count: Self.dimensions.count)
        if let text = candidates.text, let territory = candidates.territory, territory.docs.count < text.docs.count {
            // Walk the smaller side: the territory's docs, looking their text band up.
            var bandByDoc = [UInt8](repeating: 255, count: count)
            for (i, doc) in text.docs.enumerated() { bandByDoc[Int(doc)] = text.bands[i] }
            for doc in territory.docs where bandByDoc[Int(doc)] != 255 {
                visit(Int(doc), band: bandByDoc[Int(doc)], level: territory.levels[Int(doc)], filter, &out, &failing)
            }
        } else if let text = candidates.text {
            let levels = candidates.territory?.levels
            for (i, doc) in text.docs.enumerated() {
                let level = levels.map { $0[Int(doc)] } ?? 255
                if levels != nil && level == 255 { continue }
                visit(Int(doc), band: text.bands[i], level: level, filter, &out, &failing)
            }
        } else if let territory = candidates.territory {
            for doc in territory.docs { visit(Int(doc), band: 0, level: territory.levels[Int(doc)], filter, &out, &failing) }
        } else {
            for doc in 0..<count { visit(doc, band: 0, level: 255, filter, &out, &failing) }
        }
        for (index, dimension) in Self.dimensions.enumerated() where failing[index] > 0 {
            out.failingOnly[dimension] = failing[index]
        }
        return out
    }

    @inline(__always)
    private func visit(_ doc: Int, band: UInt8, level: UInt8, _ f: SnapshotFilter,
                       _ out: inout SnapshotEvaluation, _ failing: inout [Int]) {
        let r = records[doc]
        guard f.statuses & (1 << r.status) != 0 else { return }
        if let today = f.today, r.validTo < today { return }
        var fails = 0
        var failed = 0
        if let m = f.needs, r.needs & m == 0 { fails += 1; failed = 0 }
        if let m = f.targets, r.targets & m == 0 { fails += 1; failed = 1 }
        if let m = f.modes, r.modes & m == 0 { fails += 1; failed = 2 }
        if let m = f.costKinds, m & (1 << r.cost) == 0 { fails += 1; failed = 3 }
        if f.welfareOnly, !r.welfare { fails += 1; failed = 4 }
        if let kinds = f.organizationKinds, !kinds[kindSlot(r)] { fails += 1; failed = 5 }
        if let categories = f.tuirCategories, !categories[tuirSlot(r)] { fails += 1; failed = 6 }
        if fails > 1 { return }
        if fails == 1 {
            failing[failed] += 1
            count(r, dimension: failed, &out)
            return
        }
        out.docs.append(Int32(doc))
        out.bands.append(band)
        out.proximities.append(level)
        if level < 4 { out.proximityCounts[Int(level)] += 1 }
        for dimension in 0..<7 { count(r, dimension: dimension, &out) }
    }

    @inline(__always)
    private func kindSlot(_ r: SnapshotRecord) -> Int {
        let kind = Int(r.organizationKind)
        return kind >= 0 ? kind : organizationKinds.count
    }

    @inline(__always)
    private func tuirSlot(_ r: SnapshotRecord) -> Int {
        let category = Int(r.tuirCategory)
        return category >= 0 ? category : tuirTerms.count
    }

    /// Adds `doc` to the facet counts of one dimension (index into `dimensions`).
    @inline(__always)
    private func count(_ r: SnapshotRecord, dimension: Int, _ out: inout SnapshotEvaluation) {
        switch dimension {
        case 0: Self.addBits(r.needs, to: &out.needCounts)
        case 1: Self.addBits(r.targets, to: &out.targetCounts)
        case 2: Self.addBits(r.modes, to: &out.modeCounts)
        case 3: out.costCounts[Int(r.cost)] += 1
        case 4: if r.welfare { out.welfareCount += 1 }
        case 5: out.organizationKindCounts[kindSlot(r)] += 1
        default: out.tuirCounts[tuirSlot(r)] += 1
        }
    }

    @inline(__always)
    private static func addBits(_ value: UInt64, to counts: inout [Int]) {
        var bits = value
        while bits != 0 {
            counts[bits.trailingZeroBitCount] += 1
            bits &= bits - 1
        }
    }
}
