import Catalog
import HTTPServer

/// `GET /territori/{comune}`: what exists for a comune's residents, grouped by need. A name or
/// postal code in place of the slug redirects (301) to the comune's own address.
struct ComuneHandler: Sendable {
    let context: PageContext
    /// Services shown under each need before "vedi tutti".
    let perGroup = 5

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let key = try context.parameter(request, "comune")
        let catalog = context.catalog
        guard let comune = try catalog.comune(slug: key) else {
            if case .found(let match) = try catalog.resolveComune(key) {
                return HTMLResponse.redirect(to: "/territori/\(URLQuery.encode(match.slug))", status: .movedPermanently)
            }
            throw PortalError.notFound(what: "Non troviamo il comune «\(String(key.prefix(80)))» tra i comuni del Piemonte.")
        }
        let containing = try catalog.territoriesContaining(comune: comune)
        var parameters = SearchParameters()
        parameters.comune = comune.name
        parameters.sort = .proximity
        let result = try catalog.search(CatalogSearch(parameters: parameters, comune: comune, pageSize: 1_000))
        let view = ComuneView(
            layout: try context.layout(), comune: comune,
            provinceName: containing.first { $0.kind == .province }?.name ?? comune.provinceCode,
            areaNames: containing.filter { $0.kind == .area }.map(\.name),
            groups: groups(result, needs: try catalog.terms(.need)), serviceCount: result.total)
        return context.page(view.render())
    }

    /// Results grouped by need in taxonomy order; a service with several needs is in each group.
    func groups(_ result: CatalogSearchResult, needs: [TaxonomyTerm]) -> [NeedGroup] {
        var byNeed: [String: [ResultItem]] = [:]
        for (index, item) in result.items.enumerated() where index < result.itemNeedCodes.count {
            for code in result.itemNeedCodes[index] { byNeed[code, default: []].append(item) }
        }
        return needs.compactMap { need in
            guard let items = byNeed[need.code], !items.isEmpty else { return nil }
            return NeedGroup(need: need, items: Array(items.prefix(perGroup)), total: items.count)
        }
    }
}
