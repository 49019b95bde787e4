/// The outcome of one pass over the candidate docs: matching docs and facet counts.
struct SnapshotEvaluation: Sendable {
    /// Matching docs with their relevance band (0…10, 10 best) and proximity (255 = none).
    var docs: [Int32] = []
    var bands: [UInt8] = []
    var proximities: [UInt8] = []
    var needCounts = [Int](repeating: 0, count: 64)
    var targetCounts = [Int](repeating: 0, count: 64)
    var modeCounts = [Int](repeating: 0, count: 64)
    var costCounts: [CostKind: Int] = [:]
    var welfareCount = 0
    var organizationKindCounts: [Int16: Int] = [:]
    var proximityCounts = [Int](repeating: 0, count: 4)
    /// Docs that fail only this dimension: dropping it would add them to the results.
    var failingOnly: [SearchDimension: Int] = [:]

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
    /// One pass over the candidates applying `filter`, collecting results and facets.
    func evaluate(_ filter: SnapshotFilter, candidates: SnapshotCandidates) -> SnapshotEvaluation {
        var out = SnapshotEvaluation()
        let levels = candidates.territory?.levels
        if let text = candidates.text {
            for (i, doc) in text.docs.enumerated() {
                let level = levels.map { $0[Int(doc)] } ?? 255
                if levels != nil && level == 255 { continue }
                visit(Int(doc), band: text.bands[i], level: level, filter, &out)
            }
        } else if let territory = candidates.territory {
            for doc in territory.docs { visit(Int(doc), band: 0, level: territory.levels[Int(doc)], filter, &out) }
        } else {
            for doc in 0..<count { visit(doc, band: 0, level: 255, filter, &out) }
        }
        return out
    }

    private func visit(_ doc: Int, band: UInt8, level: UInt8, _ f: SnapshotFilter, _ out: inout SnapshotEvaluation) {
        guard f.statuses.contains(status[doc]) else { return }
        if let today = f.today, validTo[doc] < today { return }
        var fails = 0
        var failed = SearchDimension.text
        func fail(_ d: SearchDimension) { fails += 1; failed = d }
        if let m = f.needs, needs[doc] & m == 0 { fail(.needs) }
        if let m = f.targets, targets[doc] & m == 0 { fail(.targets) }
        if let m = f.modes, modes[doc] & m == 0 { fail(.deliveryModes) }
        if let kinds = f.costKinds, !kinds.contains(cost[doc]) { fail(.costKinds) }
        if f.welfareOnly, !welfare[doc] { fail(.welfare) }
        if let kinds = f.organizationKinds, !kinds.contains(organizationKind[doc]) { fail(.organizationKinds) }
        guard fails <= 1 else { return }
        if fails == 1 {
            out.failingOnly[failed, default: 0] += 1
            count(doc, in: failed, &out)
            return
        }
        out.docs.append(Int32(doc))
        out.bands.append(band)
        out.proximities.append(level)
        if level < 4 { out.proximityCounts[Int(level)] += 1 }
        Self.addBits(needs[doc], to: &out.needCounts)
        Self.addBits(targets[doc], to: &out.targetCounts)
        Self.addBits(modes[doc], to: &out.modeCounts)
        out.costCounts[cost[doc], default: 0] += 1
        if welfare[doc] { out.welfareCount += 1 }
        out.organizationKindCounts[organizationKind[doc], default: 0] += 1
    }

    /// Adds `doc` to the facet counts of one dimension.
    private func count(_ doc: Int, in dimension: SearchDimension, _ out: inout SnapshotEvaluation) {
        switch dimension {
        case .needs: Self.addBits(needs[doc], to: &out.needCounts)
        case .targets: Self.addBits(targets[doc], to: &out.targetCounts)
        case .deliveryModes: Self.addBits(modes[doc], to: &out.modeCounts)
        case .costKinds: out.costCounts[cost[doc], default: 0] += 1
        case .welfare: if welfare[doc] { out.welfareCount += 1 }
        case .organizationKinds: out.organizationKindCounts[organizationKind[doc], default: 0] += 1
        case .text, .territory: break
        }
    }

    private static func addBits(_ value: UInt64, to counts: inout [Int]) {
        var bits = value
        while bits != 0 {
            let index = bits.trailingZeroBitCount
            counts[index] += 1
            bits &= bits - 1
        }
    }
}
