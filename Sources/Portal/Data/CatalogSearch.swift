import Catalog
import Search

/// A search as the portal asks it: validated parameters plus the territory they resolved to.
public struct CatalogSearch: Sendable, Equatable {
    public var parameters: SearchParameters
    /// The comune resolved from `parameters.comune`, if any.
    public var comune: Comune?
    /// Results per page.
    public var pageSize: Int
    /// Whether archived cards are included (never for citizens' searches).
    public var includeArchived: Bool
    /// Only services a corporate welfare plan can pay under this art. 51 TUIR category.
    public var tuirCategory: String?

    public init(parameters: SearchParameters, comune: Comune? = nil, pageSize: Int = 20,
                includeArchived: Bool = false, tuirCategory: String? = nil) {
        self.parameters = parameters
        self.comune = comune
        self.pageSize = pageSize
        self.includeArchived = includeArchived
        self.tuirCategory = tuirCategory
    }
}

/// One page of results with facet counts and help for when nothing is found.
public struct CatalogSearchResult: Sendable, Equatable {
    public var items: [ResultItem]
    /// Codes of each item's needs, parallel to `items` (to group results by need).
    public var itemNeedCodes: [[String]]
    public var total: Int
    public var facets: SearchFacets
    /// Wider territories that have results when this search has none, nearest first.
    public var widening: [WideningOption]
    /// Near spellings of the text when it matched little or nothing.
    public var nearSpellings: [String]

    public init(items: [ResultItem], itemNeedCodes: [[String]] = [], total: Int, facets: SearchFacets = SearchFacets(),
                widening: [WideningOption] = [], nearSpellings: [String] = []) {
        self.items = items
        self.itemNeedCodes = itemNeedCodes
        self.total = total
        self.facets = facets
        self.widening = widening
        self.nearSpellings = nearSpellings
    }
}

/// How many results each filter option would give (with the other filters kept).
public struct SearchFacets: Sendable, Equatable {
    public var needs: [String: Int]
    public var targets: [String: Int]
    public var deliveryModes: [String: Int]
    public var organizationKinds: [String: Int]
    public var cost: [SearchParameters.CostFilter: Int]
    public var welfare: Int
    /// By art. 51 TUIR category code (the enterprises' page).
    public var tuirCategories: [String: Int]

    public init(needs: [String: Int] = [:], targets: [String: Int] = [:], deliveryModes: [String: Int] = [:],
                organizationKinds: [String: Int] = [:], cost: [SearchParameters.CostFilter: Int] = [:], welfare: Int = 0,
                tuirCategories: [String: Int] = [:]) {
        self.needs = needs
        self.targets = targets
        self.deliveryModes = deliveryModes
        self.organizationKinds = organizationKinds
        self.cost = cost
        self.welfare = welfare
        self.tuirCategories = tuirCategories
    }
}

/// "Allarga la ricerca": the same search over a wider territory, with its result count.
public struct WideningOption: Sendable, Equatable {
    public var territory: TerritoryRef
    public var count: Int

    public init(territory: TerritoryRef, count: Int) {
        self.territory = territory
        self.count = count
    }
}
