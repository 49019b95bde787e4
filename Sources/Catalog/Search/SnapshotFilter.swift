/// A `SearchQuery`'s filters resolved against one snapshot: codes turned into bit masks.
/// `nil` means "no filter" for that dimension; a mask of 0 means "matches nothing".
struct SnapshotFilter: Sendable {
    var needs: UInt64?
    var targets: UInt64?
    var modes: UInt64?
    var costKinds: Set<CostKind>?
    var welfareOnly = false
    var organizationKinds: Set<Int16>?
    /// Allowed statuses.
    var statuses: Set<ServiceStatus> = [.published]
    /// Cards whose validity ended before this day (yyyymmdd) are left out; nil keeps them.
    var today: Int32?

    init(query: SearchQuery, snapshot: SearchSnapshot, today: CalendarDay?) {
        func mask(_ codes: Set<String>, _ terms: [TaxonomyTerm]) -> UInt64? {
            codes.isEmpty ? nil : SearchSnapshot.mask(for: codes, in: terms).mask
        }
        needs = mask(query.needs, snapshot.needTerms)
        targets = mask(query.targets, snapshot.targetTerms)
        modes = mask(query.deliveryModes, snapshot.modeTerms)
        costKinds = query.costKinds.isEmpty ? nil : query.costKinds
        welfareOnly = query.welfareEligibleOnly
        if !query.organizationKinds.isEmpty {
            organizationKinds = Set(snapshot.organizationKinds.enumerated()
                .filter { query.organizationKinds.contains($0.element.code) }.map { Int16($0.offset) })
        }
        switch query.scope {
        case .public:
            statuses = [.published]
            self.today = today.map { Int32($0.year * 10_000 + $0.month * 100 + $0.day) }
        case .statuses(let allowed):
            statuses = allowed
            self.today = nil
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
        return active
    }
}
