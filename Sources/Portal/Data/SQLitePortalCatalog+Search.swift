import Catalog
import Search

extension SQLitePortalCatalog {
    /// Runs the Catalog's `ServiceSearch` and turns its results into the portal's terms.
    /// A TUIR category (enterprises' page) is filtered and counted by the search itself.
    public func search(_ request: CatalogSearch) throws -> CatalogSearchResult {
        convert(try search.search(try searchQuery(request)))
    }

    public func similarActiveServices(to card: ServiceCard, limit: Int) throws -> [ServiceSummary] {
        let query = SearchQuery(needs: Set(card.needs.map(\.code)), pageSize: limit + 1, sort: .freshness)
        return try search.search(query).items.filter { $0.id != card.service.id }.prefix(limit).map(Self.summary)
    }

    func searchQuery(_ request: CatalogSearch) throws -> SearchQuery {
        let p = request.parameters
        var territoryId = request.comune?.id
        if territoryId == nil, let slug = p.area { territoryId = try area(slug: slug)?.id }
        if territoryId == nil, let code = p.province { territoryId = try province(code: code)?.id }
        let costKinds: Set<CostKind> = switch p.cost {
        case .free: [.free]
        case .paid: CostKind.paidKinds
        case nil: []
        }
        let sort: SearchSort = switch p.sort {
        case .relevance: .relevance
        case .proximity: .proximity
        case .freshness: .freshness
        case nil: !p.text.isEmpty ? .relevance : territoryId != nil ? .proximity : .freshness
        }
        return SearchQuery(
            text: p.text, needs: Set(p.needs), targets: Set(p.targets), territoryId: territoryId,
            deliveryModes: Set(p.deliveryModes), costKinds: costKinds, welfareEligibleOnly: p.welfareOnly,
            organizationKinds: Set(p.organizationKinds), tuirCategories: Set(request.tuirCategory.map { [$0] } ?? []),
            scope: request.includeArchived ? .statuses([.published, .archived]) : .public,
            page: p.page, pageSize: request.pageSize, sort: sort)
    }

    func convert(_ results: SearchResults) -> CatalogSearchResult {
        let f = results.facets
        func counts(_ facets: [FacetCount]) -> [String: Int] {
            Dictionary(facets.map { ($0.code, $0.count) }, uniquingKeysWith: +)
        }
        let costs = counts(f.costKinds)
        let paid = CostKind.paidKinds.reduce(0) { $0 + (costs[$1.rawValue] ?? 0) }
        let facets = SearchFacets(
            needs: counts(f.needs), targets: counts(f.targets), deliveryModes: counts(f.deliveryModes),
            organizationKinds: counts(f.organizationKinds),
            cost: [.free: costs[CostKind.free.rawValue] ?? 0, .paid: paid], welfare: f.welfareEligible,
            tuirCategories: counts(f.tuirCategories))
        return CatalogSearchResult(
            items: results.items.map(Self.item), itemNeedCodes: results.items.map { $0.needs.map(\.code) },
            total: results.total, facets: facets,
            widening: (results.suggestions?.widerTerritories ?? []).map { WideningOption(territory: $0.territory, count: $0.count) },
            nearSpellings: results.suggestions?.spellings ?? [])
    }

    static func item(_ hit: SearchHit) -> ResultItem {
        var places = hit.placeNames
        if let served = hit.servedTerritory, served.kind != .comune || !places.contains(served.name) {
            places.append(ResultItem.placeWords(served))
        }
        var item = ResultItem(
            slug: hit.slug, title: hit.title, summary: hit.summary, organizationName: hit.organizationName,
            organizationSlug: hit.organizationSlug, needs: hit.needs.map(\.label), places: Array(places.prefix(4)),
            deliveryModes: hit.deliveryModes.map(\.label), costKind: hit.costKind, welfareEligible: hit.welfareEligible,
            updatedAt: hit.updatedAt, isArchived: hit.status == .archived)
        item.needCodes = hit.needs.map(\.code)
        item.deliveryModeCodes = hit.deliveryModes.map(\.code)
        if places.last == hit.servedTerritory.map(ResultItem.placeWords) { item.servedTerritory = hit.servedTerritory }
        return item
    }

    static func summary(_ hit: SearchHit) -> ServiceSummary {
        ServiceSummary(id: hit.id, slug: hit.slug, title: hit.title, summary: hit.summary,
                       organizationName: hit.organizationName, organizationSlug: hit.organizationSlug,
                       status: hit.status, costKind: hit.costKind, welfareEligible: hit.welfareEligible,
                       updatedAt: hit.updatedAt, lastVerifiedAt: hit.lastVerifiedAt, isDemo: hit.isDemo)
    }
}

extension ResultItem {
    /// A served territory in words: "Pinerolo", "provincia di Cuneo", "tutto il Piemonte".
    static func placeWords(_ territory: TerritoryRef) -> String {
        switch territory.kind {
        case .comune, .area: return territory.name
        case .province: return territory.name.lowercased().hasPrefix("provincia") || territory.name.lowercased().hasPrefix("città")
            ? territory.name : "provincia di \(territory.name)"
        case .region: return "tutto il \(territory.name)"
        }
    }
}
