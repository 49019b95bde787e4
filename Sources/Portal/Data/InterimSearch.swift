import Catalog

/// A plain in-memory search over the published cards, used until the Catalog's own search
/// (FTS5, Italian stemming, facets in SQL) is wired in. Correct but not fast: it reads every
/// card; fine for the demo catalog (tens of cards), not for thousands.
struct InterimSearch: Sendable {
    let cards: [ServiceCard]
    /// Territory ids containing the searched comune (comune, areas, province, region).
    let containing: Set<Int64>
    let provinceRef: TerritoryRef?

    func run(_ request: CatalogSearch) -> CatalogSearchResult {
        let p = request.parameters
        let base = cards.filter { card in
            (request.includeArchived || card.service.status == .published)
                && place(card) && textMatches(card, p.text)
                && (request.tuirCategory == nil || card.tuirCategory?.code == request.tuirCategory)
        }
        let hits = base.filter { matches($0, p, except: nil) }
        let facets = SearchFacets(
            needs: count(base, p, except: "bisogno") { $0.needs.map(\.code) },
            targets: count(base, p, except: "destinatario") { $0.targets.map(\.code) },
            deliveryModes: count(base, p, except: "modalita") { $0.deliveryModes.map(\.code) },
            organizationKinds: count(base, p, except: "tipo_ente") { [$0.organization.kind.code] },
            cost: Dictionary(uniqueKeysWithValues: SearchParameters.CostFilter.allCases.map { filter in
                (filter, base.filter { matches($0, p, except: "costo") && Self.cost($0) == filter }.count)
            }),
            welfare: base.filter { matches($0, p, except: "welfare") && $0.tuirCategory != nil }.count)
        let sorted = hits.sorted { a, b in
            if p.sort == .freshness || (p.sort == nil && request.comune == nil) { return a.service.updatedAt > b.service.updatedAt }
            return proximity(a) == proximity(b) ? a.service.title < b.service.title : proximity(a) < proximity(b)
        }
        let page = Array(sorted.dropFirst((p.page - 1) * request.pageSize).prefix(request.pageSize))
        return CatalogSearchResult(items: page.map(Self.item), itemNeedCodes: page.map { $0.needs.map(\.code) },
                                   total: hits.count, facets: facets)
    }

    func place(_ card: ServiceCard) -> Bool {
        if !containing.isEmpty { return card.servedTerritories.contains { containing.contains($0.id) } }
        if let provinceRef {
            return card.servedTerritories.contains { $0.id == provinceRef.id || $0.kind == .region }
        }
        return true
    }

    func proximity(_ card: ServiceCard) -> Int {
        card.servedTerritories.filter { containing.contains($0.id) }.map(\.kind.proximity).min() ?? 9
    }

    func textMatches(_ card: ServiceCard, _ text: String) -> Bool {
        guard !text.isEmpty else { return true }
        let haystack = ComuneDirectory.fold([card.service.title, card.service.summary, card.service.description,
                                             card.organization.name, card.needs.map(\.label).joined(separator: " ")]
                                            .joined(separator: " "))
        return ComuneDirectory.fold(text).split(separator: " ").allSatisfy { haystack.contains($0) }
    }

    func matches(_ card: ServiceCard, _ p: SearchParameters, except facet: String?) -> Bool {
        func any(_ selected: [String], _ codes: [String]) -> Bool { selected.isEmpty || codes.contains { selected.contains($0) } }
        return (facet == "bisogno" || any(p.needs, card.needs.map(\.code)))
            && (facet == "destinatario" || any(p.targets, card.targets.map(\.code)))
            && (facet == "modalita" || any(p.deliveryModes, card.deliveryModes.map(\.code)))
            && (facet == "tipo_ente" || any(p.organizationKinds, [card.organization.kind.code]))
            && (facet == "costo" || p.cost == nil || Self.cost(card) == p.cost)
            && (facet == "welfare" || !p.welfareOnly || card.tuirCategory != nil)
    }

    func count(_ cards: [ServiceCard], _ p: SearchParameters, except facet: String,
               _ codes: (ServiceCard) -> [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for card in cards where matches(card, p, except: facet) {
            for code in Set(codes(card)) { out[code, default: 0] += 1 }
        }
        return out
    }

    static func cost(_ card: ServiceCard) -> SearchParameters.CostFilter? {
        switch card.service.cost.kind {
        case .free: return .free
        case .paid, .contribution, .variable: return .paid
        case .unknown: return nil
        }
    }

    static func item(_ card: ServiceCard) -> ResultItem {
        ResultItem(
            slug: card.service.slug, title: card.service.title, summary: card.service.summary,
            organizationName: card.organization.name, organizationSlug: card.organization.slug,
            needs: card.needs.map(\.label), places: card.servedTerritories.prefix(3).map(ResultItem.placeWords),
            deliveryModes: card.deliveryModes.map(\.label), costKind: card.service.cost.kind,
            welfareEligible: card.tuirCategory != nil, updatedAt: card.service.updatedAt,
            isArchived: card.service.status == .archived)
    }
}

extension ResultItem {
    /// A served territory in words: "Pinerolo", "provincia di Cuneo", "tutto il Piemonte".
    static func placeWords(_ territory: TerritoryRef) -> String {
        switch territory.kind {
        case .comune, .area: return territory.name
        case .province: return "provincia di \(territory.name)"
        case .region: return "tutto il \(territory.name)"
        }
    }
}
