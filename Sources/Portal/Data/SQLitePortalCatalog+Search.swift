import Catalog

extension SQLitePortalCatalog {
    public func search(_ request: CatalogSearch) throws -> CatalogSearchResult {
        let containing = try request.comune.map { Set(try territoriesContaining(comune: $0).map(\.id)) } ?? []
        var provinceRef: TerritoryRef?
        if let code = request.parameters.province { provinceRef = try self.province(code: code)?.territoryRef }
        var result = InterimSearch(cards: try publicCards(), containing: containing, provinceRef: provinceRef).run(request)
        if result.total == 0, let comune = request.comune {
            result.widening = try widening(request, comune: comune)
        }
        return result
    }

    public func similarActiveServices(to card: ServiceCard, limit: Int) throws -> [ServiceSummary] {
        let needs = Set(card.needs.map(\.code))
        let similar = try publicCards().filter {
            $0.service.status == .published && $0.service.id != card.service.id && $0.needs.contains { needs.contains($0.code) }
        }
        let slugs = Set(similar.prefix(limit).map(\.service.slug))
        return try services.recentlyUpdated(limit: 50_000).filter { slugs.contains($0.slug) }
    }

    /// The same search over each wider territory of the comune (areas, province, region).
    func widening(_ request: CatalogSearch, comune: Comune) throws -> [WideningOption] {
        var options: [WideningOption] = []
        for territory in try territoriesContaining(comune: comune) where territory.kind != .comune {
            var wider = request
            wider.comune = nil
            wider.parameters.comune = ""
            let cards = try publicCards()
            let ids: Set<Int64> = territory.kind == .region ? [] : [territory.id]
            let count = InterimSearch(cards: cards, containing: ids, provinceRef: nil).run(wider).total
            if count > 0 { options.append(WideningOption(territory: territory, count: count)) }
        }
        return options
    }

    func publicCards() throws -> [ServiceCard] {
        try services.recentlyUpdated(limit: 50_000).compactMap { try card(slug: $0.slug) }
    }
}
