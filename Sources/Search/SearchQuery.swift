import Catalog
/// What a person searches for: free text plus filters, a page and an order.
///
/// Within one dimension the selected values are alternatives (a service matching any of the
/// chosen needs qualifies); dimensions combine with AND. Empty sets mean "no filter".
/// Bad values never fail a search: unknown codes simply match nothing, the text is reduced to
/// plain word tokens, and page/pageSize are clamped (see `normalized`).
public struct SearchQuery: Sendable, Equatable, Hashable {
    /// Free text as typed; reduced to word tokens (FTS syntax characters are ignored).
    public var text: String
    /// Need codes (`need.code`).
    public var needs: Set<String>
    /// Target codes (`target.code`).
    public var targets: Set<String>
    /// A territory id (comune, area, province or region); nil for anywhere.
    public var territoryId: Int64?
    /// Delivery mode codes.
    public var deliveryModes: Set<String>
    /// Kinds of cost (e.g. `[.free]`; `CostKind.paidKinds` for "a pagamento").
    public var costKinds: Set<CostKind>
    /// Only services a corporate welfare plan may pay for (art. 51 TUIR).
    public var welfareEligibleOnly: Bool
    /// Organisation kind codes.
    public var organizationKinds: Set<String>
    /// Art. 51 TUIR category codes (`tuir_category.code`) a welfare plan would pay under.
    public var tuirCategories: Set<String>
    /// Which cards may appear: the public sees published, unexpired cards only.
    public var scope: SearchScope
    /// 1-based page number.
    public var page: Int
    /// Results per page, 1…100.
    public var pageSize: Int
    /// Result order.
    public var sort: SearchSort
    /// Treat the last word as a prefix (search-as-you-type: "assist" finds "assistenza").
    public var prefixLastWord: Bool

    /// Creates a query; every parameter has a "no filter" default.
    public init(text: String = "", needs: Set<String> = [], targets: Set<String> = [],
                territoryId: Int64? = nil, deliveryModes: Set<String> = [], costKinds: Set<CostKind> = [],
                welfareEligibleOnly: Bool = false, organizationKinds: Set<String> = [],
                tuirCategories: Set<String> = [], scope: SearchScope = .public, page: Int = 1, pageSize: Int = 20,
                sort: SearchSort = .relevance, prefixLastWord: Bool = false) {
        self.text = text
        self.needs = needs
        self.targets = targets
        self.territoryId = territoryId
        self.deliveryModes = deliveryModes
        self.costKinds = costKinds
        self.welfareEligibleOnly = welfareEligibleOnly
        self.organizationKinds = organizationKinds
        self.tuirCategories = tuirCategories
        self.scope = scope
        self.page = page
        self.pageSize = pageSize
        self.sort = sort
        self.prefixLastWord = prefixLastWord
    }

    /// Largest accepted page size.
    public static let maxPageSize = 100
    /// Longest text considered, in characters; the rest is ignored.
    public static let maxTextLength = 500

    /// The same query with page ≥ 1, pageSize in 1…100 and text cut to 500 characters.
    public var normalized: SearchQuery {
        var q = self
        q.page = max(1, min(page, 100_000))
        q.pageSize = max(1, min(pageSize, Self.maxPageSize))
        if q.text.count > Self.maxTextLength { q.text = String(q.text.prefix(Self.maxTextLength)) }
        return q
    }
}

/// Which cards a search may return.
public enum SearchScope: Sendable, Equatable, Hashable {
    /// Published cards whose validity has not ended (what citizens see).
    case `public`
    /// Cards in any of these states, expired ones included (operators' lists).
    case statuses(Set<ServiceStatus>)
}

/// Result order.
public enum SearchSort: String, Sendable, CaseIterable, Equatable, Hashable {
    /// Text relevance, then proximity, then freshness.
    case relevance
    /// Proximity (comune, area, province, region), then relevance, then freshness.
    case proximity
    /// Most recently updated or verified first.
    case freshness

    /// The order of a search whose visitor chose none, decided here only: text relevance when
    /// there are words, else proximity when a territory is searched, else freshness.
    public static func `default`(text: String, territoryId: Int64?) -> SearchSort {
        !text.isEmpty ? .relevance : territoryId != nil ? .proximity : .freshness
    }
}

extension CostKind {
    /// The kinds a "a pagamento" filter stands for.
    public static let paidKinds: Set<CostKind> = [.paid, .contribution, .variable]
}
