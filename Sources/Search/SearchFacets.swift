import Catalog
/// The count of results a filter value would give, with the other filters applied.
public struct FacetCount: Sendable, Equatable, Hashable {
    public var code: String
    public var label: String
    public var count: Int
    /// Whether the value is selected in the query.
    public var selected: Bool

    public init(code: String, label: String, count: Int, selected: Bool) {
        self.code = code
        self.label = label
        self.count = count
        self.selected = selected
    }
}

/// Facet counts for every filter dimension (standard faceting: each dimension's counts ignore
/// that dimension's own selection but apply all the others, text and territory included).
public struct SearchFacets: Sendable, Equatable {
    public var needs: [FacetCount] = []
    public var targets: [FacetCount] = []
    public var deliveryModes: [FacetCount] = []
    /// By `CostKind.rawValue`.
    public var costKinds: [FacetCount] = []
    public var organizationKinds: [FacetCount] = []
    /// By art. 51 TUIR category.
    public var tuirCategories: [FacetCount] = []
    /// Results a corporate welfare plan may pay for (the other filters applied).
    public var welfareEligible: Int = 0
    /// Results by how they answer the searched territory (comune, area, province, region).
    public var proximity: [TerritoryKind: Int] = [:]

    public init() {}

    /// Results whose cost is any of `kinds` (`[.free]`, or `CostKind.paidKinds` for "a pagamento").
    public func count(costKinds kinds: Set<CostKind>) -> Int {
        let codes = Set(kinds.map(\.rawValue))
        return costKinds.filter { codes.contains($0.code) }.reduce(0) { $0 + $1.count }
    }
}

extension Array where Element == FacetCount {
    /// The count of the value `code`, 0 when it is not listed.
    public func count(of code: String) -> Int { first { $0.code == code }?.count ?? 0 }
}

/// A filter dimension of `SearchQuery`.
enum SearchDimension: String, Sendable, CaseIterable, Equatable, Hashable {
    case text, territory, needs, targets, deliveryModes, costKinds, welfare, organizationKinds, tuirCategories
}

/// Hints for a search that found nothing.
public struct SearchSuggestions: Sendable, Equatable {
    /// Results if the territory were widened to each containing area, the province, the region.
    public var widerTerritories: [WiderTerritory] = []
    /// Results if one active filter were removed (only dimensions that are active).
    var withoutFilter: [SearchDimension: Int] = [:]
    /// Index words close to the query words ("assitenza" → "assistenza"), best first.
    public var spellings: [String] = []

    public init() {}
}

/// A wider territory and how many results it would give.
public struct WiderTerritory: Sendable, Equatable {
    public var territory: TerritoryRef
    public var count: Int

    public init(territory: TerritoryRef, count: Int) {
        self.territory = territory
        self.count = count
    }
}
