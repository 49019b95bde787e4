import Catalog
import HTTPServer
import Search

/// `GET /territori/{comune}`: what exists for a comune's residents, grouped by need. A name or
/// postal code in place of the slug redirects (301) to the comune's own address.
struct ComuneHandler: Sendable {
    let context: PageContext
    /// Services shown under each need before "vedi tutti".
    let perGroup = 5

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let key = try context.parameter(request, "comune")
        let catalog = context.catalog
        let l10n = context.localizer(for: request)
        guard let comune = try catalog.comune(slug: key) else {
            if case .found(let match) = try catalog.resolveComune(key) {
                return HTMLResponse.redirect(to: l10n.path("/territori/\(URLQuery.encode(match.slug))"), status: .movedPermanently)
            }
            throw PortalError.notFound(what: l10n.tr("error.comune_not_found", ["typed": String(key.prefix(80))]))
        }
        let containing = try catalog.territoriesContaining(comune: comune)
        let overview = try catalog.search(SearchQuery(territoryId: comune.id, pageSize: 1, sort: .proximity))
        let view = ComuneView(
            layout: try context.layout(for: request), comune: comune,
            provinceName: containing.first { $0.kind == .province }?.name ?? comune.provinceCode,
            areaNames: containing.filter { $0.kind == .area }.map(\.name),
            groups: try groups(comune: comune, counts: overview.facets.needs, needs: try catalog.terms(.need)),
            serviceCount: overview.total, desks: try catalog.welfareDesks(serving: comune, limit: 3))
        return context.page(view.render())
    }

    /// `GET /territori?comune=…`: the comune picker without JavaScript. A single match redirects
    /// (303) to its page; otherwise the picker shows the problem and the comuni it could mean.
    func pick(_ request: HTTPRequest) throws -> HTTPResponse {
        let form = try context.query(request)
        let typed = String((form["comune"] ?? "").trimmingWhitespace().prefix(80))
        let l10n = context.localizer(for: request)
        var choices: [Comune] = []
        var message: String? = form.contains("comune") ? l10n.tr("place.empty") : nil
        if !typed.isEmpty {
            switch try context.catalog.resolveComune(typed) {
            case .found(let comune):
                return HTMLResponse.redirect(to: l10n.path("/territori/\(URLQuery.encode(comune.slug))"))
            case .ambiguous(let comuni):
                choices = comuni
                message = comuni.count == 1
                    ? l10n.tr("place.did_you_mean", ["comune": comuni[0].name]) : l10n.tr("place.ambiguous", ["typed": typed])
            case .notFound(let suggestions):
                choices = suggestions
                message = l10n.tr("place.unknown", ["typed": typed])
            }
        }
        let view = ComunePickerView(layout: try context.plainLayout(for: request), typed: typed, choices: choices, errorMessage: message)
        return HTMLResponse.page(view.render(), cache: .none)
    }

    /// One group per need with services here, in taxonomy order: its count from the facets and
    /// its nearest few services from a search for that need.
    func groups(comune: Comune, counts: [FacetCount], needs: [TaxonomyTerm]) throws -> [NeedGroup] {
        try needs.compactMap { need in
            let total = counts.count(of: need.code)
            guard total > 0 else { return nil }
            let query = SearchQuery(needs: [need.code], territoryId: comune.id, pageSize: perGroup, sort: .proximity)
            let result = try context.catalog.search(query)
            return NeedGroup(need: need, items: result.items, total: total)
        }
    }
}
