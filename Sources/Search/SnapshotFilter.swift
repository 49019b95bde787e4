import Catalog
/// A `SearchQuery`'s filters resolved against one snapshot: codes turned into bit masks and
/// lookup tables. `nil` means "no filter" for that dimension; a mask of 0 matches nothing.
struct SnapshotFilter: Sendable {
    var needs: UInt64?
    var targets: UInt64?
    var modes: UInt64?
    /// Bit i set = `CostKind.allCases[i]` allowed.
    var costKinds: UInt8?
    var welfareOnly = false
    /// Allowed organisation kinds by index (last slot: unknown kind).
    var organizationKinds: [Bool]?
    /// Allowed TUIR categories by index (last slot: none).
    var tuirCategories: [Bool]?
    /// Bit i set = `ServiceStatus.allCases[i]` allowed.
    var statuses: UInt8 = 0
    /// Cards whose validity ended before this day (yyyymmdd) are left out; nil keeps them.
    var today: Int32?

    init(query: SearchQuery, snapshot: SearchSnapshot, today: CalendarDay?) {
        func mask(_ codes: Set<String>, _ terms: [TaxonomyTerm]) -> UInt64? {
            codes.isEmpty ? nil : SearchSnapshot.mask(for: codes, in: terms)
        }
        needs = mask(query.needs, snapshot.needTerms)
        targets = mask(query.targets, snapshot.targetTerms)
        modes = mask(query.deliveryModes, snapshot.modeTerms)
        if !query.costKinds.isEmpty {
            costKinds = query.costKinds.reduce(0) { $0 | 1 << SearchSnapshot.costIndex($1) }
        }
        welfareOnly = query.welfareEligibleOnly
        if !query.organizationKinds.isEmpty {
            organizationKinds = snapshot.organizationKinds.map { query.organizationKinds.contains($0.code) } + [false]
        }
        if !query.tuirCategories.isEmpty {
            tuirCategories = snapshot.tuirTerms.map { query.tuirCategories.contains($0.code) } + [false]
        }
        let allowed: Set<ServiceStatus>
        switch query.scope {
        case .public:
            allowed = [.published]
            self.today = today.map { Int32($0.year * 10_000 + $0.month * 100 + $0.day) }
        case .statuses(let set):
            allowed = set
            self.today = nil
        }
        for (index, status) in ServiceStatus.allCases.enumerated() where allowed.contains(status) {
            statuses |= 1 << UInt8(index)
        }
    }

    /// The same filter without one dimension.
    func dropping(_ dimension: SearchDimension) -> SnapshotFilter {
        var f = self
        switch dimension {
        case .needs: f.needs = nil
        case .targets: f.targets = nil
        case .deliveryModes: f.modes = nil
        case .costKinds: f.costKinds = nil
        case .welfare: f.welfareOnly = false
        case .organizationKinds: f.organizationKinds = nil
        case .tuirCategories: f.tuirCategories = nil
        case .text, .territory: break
        }
        return f
    }

    /// The dimensions with an active filter (text and territory excluded).
    var activeDimensions: [SearchDimension] {
        var active: [SearchDimension] = []
        if needs != nil { active.append(.needs) }
        if targets != nil { active.append(.targets) }
        if modes != nil { active.append(.deliveryModes) }
        if costKinds != nil { active.append(.costKinds) }
        if welfareOnly { active.append(.welfare) }
        if organizationKinds != nil { active.append(.organizationKinds) }
        if tuirCategories != nil { active.append(.tuirCategories) }
        return active
    }
}
