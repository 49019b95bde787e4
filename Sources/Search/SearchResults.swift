import Catalog
import Foundation

/// One page of search results with totals, facets and, when nothing matched, hints.
public struct SearchResults: Sendable, Equatable {
    /// The results of the requested page, best first.
    public var items: [SearchHit]
    /// How many results in all.
    public var total: Int
    /// The page returned (1-based) and its size, after clamping.
    public var page: Int
    public var pageSize: Int
    /// Counts for every filter value, each computed with the other filters applied.
    public var facets: SearchFacets
    /// The territory filtered on, resolved, if any.
    public var territory: TerritoryRef?
    /// Ways to widen a search that found nothing; nil when there are results.
    public var suggestions: SearchSuggestions?

    /// Number of pages (at least 1).
    public var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }

    /// Wider territories with their counts when nothing matched, nearest first.
    public var widerTerritories: [WiderTerritory] { suggestions?.widerTerritories ?? [] }
    /// Near spellings of the words when nothing matched, best first.
    public var spellings: [String] { suggestions?.spellings ?? [] }

    public init(items: [SearchHit], total: Int, page: Int = 1, pageSize: Int = 20, facets: SearchFacets = SearchFacets(),
                territory: TerritoryRef? = nil, suggestions: SearchSuggestions? = nil) {
        self.items = items
        self.total = total
        self.page = page
        self.pageSize = pageSize
        self.facets = facets
        self.territory = territory
        self.suggestions = suggestions
    }
}

/// What a result list shows of one service.
public struct SearchHit: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var summary: String
    public var organizationName: String
    public var organizationSlug: String
    /// Needs it answers (code and label), in taxonomy order.
    public var needs: [TaxonomyTerm]
    /// How it is used (online, at a desk …), in taxonomy order.
    public var deliveryModes: [TaxonomyTerm]
    /// Names of the comuni where it is delivered (also for confidential addresses).
    public var placeNames: [String]
    /// The territory through which it answers the searched territory (e.g. "Provincia di
    /// Cuneo"), or its first served territory when no territory was searched.
    public var servedTerritory: TerritoryRef?
    /// How close that is to the searched comune; nil when no territory was searched.
    public var proximity: TerritoryKind?
    public var status: ServiceStatus
    public var costKind: CostKind
    public var welfareEligible: Bool
    public var updatedAt: Date
    public var lastVerifiedAt: Date?
    public var isDemo: Bool

    init(id: Int64, slug: String, title: String, summary: String, organizationName: String,
                organizationSlug: String, needs: [TaxonomyTerm], deliveryModes: [TaxonomyTerm],
                placeNames: [String], servedTerritory: TerritoryRef?, proximity: TerritoryKind?,
                status: ServiceStatus, costKind: CostKind, welfareEligible: Bool, updatedAt: Date,
                lastVerifiedAt: Date?, isDemo: Bool) {
        self.id = id
        self.slug = slug
        self.title = title
        self.summary = summary
        self.organizationName = organizationName
        self.organizationSlug = organizationSlug
        self.needs = needs
        self.deliveryModes = deliveryModes
        self.placeNames = placeNames
        self.servedTerritory = servedTerritory
        self.proximity = proximity
        self.status = status
        self.costKind = costKind
        self.welfareEligible = welfareEligible
        self.updatedAt = updatedAt
        self.lastVerifiedAt = lastVerifiedAt
        self.isDemo = isDemo
    }
}

extension SearchHit {
    /// A hit that knows only a card's summary (no needs, places or delivery modes), for lists
    /// that do not come from a search (recent cards, an organisation's services).
    public init(summary s: ServiceSummary) {
        self.init(id: s.id, slug: s.slug, title: s.title, summary: s.summary, organizationName: s.organizationName,
                  organizationSlug: s.organizationSlug, needs: [], deliveryModes: [], placeNames: [],
                  servedTerritory: nil, proximity: nil, status: s.status, costKind: s.costKind,
                  welfareEligible: s.welfareEligible, updatedAt: s.updatedAt, lastVerifiedAt: s.lastVerifiedAt, isDemo: s.isDemo)
    }

    /// The card's summary, as the Catalog's repositories give it.
    public var serviceSummary: ServiceSummary {
        ServiceSummary(id: id, slug: slug, title: title, summary: summary, organizationName: organizationName,
                       organizationSlug: organizationSlug, status: status, costKind: costKind,
                       welfareEligible: welfareEligible, updatedAt: updatedAt, lastVerifiedAt: lastVerifiedAt, isDemo: isDemo)
    }
}
