import Catalog

extension SearchView {
    /// "Quale comune intendi?": links for each comune the typed text could mean.
    func comuneChoices() -> HTML {
        guard !model.comuneChoices.isEmpty else { return HTML() }
        let base = p.query.removing("pagina")
        let links: [HTML] = model.comuneChoices.map { comune in
            let url = base.setting("comune", comune.name + " (" + comune.provinceCode + ")").url(searchPath)
            let caps = comune.postalCodes.isEmpty ? "" : ", CAP \(comune.postalCodes.joined(separator: ", "))"
            return "<li><a href=\"\(SafeURL(path: url))\">\(comune.name)</a> (\(comune.provinceCode)\(caps))</li>"
        }
        let title = model.comuneError == nil ? l10n.tr("search.which_comune") : l10n.tr("search.comune_choices")
        return """
        <div class="panel" role="note"><h2>\(title)</h2>
        <ul>\(links)</ul></div>

        """
    }

    /// Help when nothing was found: a wider place, a filter to drop, a near spelling.
    func zeroResultHelp() -> HTML {
        guard model.result.total == 0, !p.isEmpty else { return HTML() }
        var parts: [HTML] = []
        let widening: [HTML] = model.result.widerTerritories.filter { $0.count > 0 }.map { option in
            let url = widenedQuery(to: option.territory).url(searchPath)
            return "<li><a href=\"\(SafeURL(path: url))\">\(placeWords(option.territory))</a> (\(l10n.count(option.count, "count.service")))</li>"
        }
        if !widening.isEmpty { parts.append("<h3>\(l10n.tr("search.widen"))</h3>\n<ul>\(widening)</ul>\n") }
        let help = model.help ?? ZeroResultHelp()
        let needs: [HTML] = help.needs.map(offer)
        if !needs.isEmpty { parts.append("<h3>\(l10n.tr("search.by_need"))</h3>\n<ul>\(needs)</ul>\n") }
        let drops: [HTML] = help.drops.map(offer)
        if !drops.isEmpty { parts.append("<h3>\(l10n.tr("search.drop_filter"))</h3>\n<ul>\(drops)</ul>\n") }
        let spellings: [HTML] = model.result.spellings.prefix(5).map { word in
            let url = p.query.removing("pagina").setting("q", word).url(searchPath)
            return "<li><a href=\"\(SafeURL(path: url))\">\(word)</a></li>"
        }
        if !spellings.isEmpty { parts.append("<h3>\(l10n.tr("picker.did_you_mean"))</h3>\n<ul>\(spellings)</ul>\n") }
        return """
        <section class="panel" aria-labelledby="nessun-risultato">
        <h2 id="nessun-risultato">\(l10n.tr("search.none"))</h2>
        \(parts)<p>\(l10n.tr("search.none_start")) <a href="\(searchPath)">\(l10n.tr("search.none_restart"))</a> \
        \(l10n.tr("search.none_or")) <a href="\(l10n.path("/"))">\(l10n.tr("search.none_home"))</a>. \(l10n.tr("search.none_help"))</p>
        </section>

        """
    }

    func offer(_ offer: ZeroResultHelp.Offer) -> HTML {
        "<li><a href=\"\(SafeURL(path: offer.url))\">\(offer.label)</a> (\(l10n.count(offer.count, "count.service")))</li>"
    }

    /// The same query with the comune replaced by a wider territory.
    func widenedQuery(to territory: TerritoryRef) -> URLQuery {
        let base = p.query.removing("pagina").removing("comune").removing("area").removing("provincia")
        switch territory.kind {
        case .province: return base.setting("provincia", territory.code.lowercased())
        case .area: return base.setting("area", territory.slug)
        case .comune: return base.setting("comune", territory.name)
        case .region: return base
        }
    }

    func placeWords(_ territory: TerritoryRef) -> String {
        switch territory.kind {
        case .comune: return l10n.tr("place.in_comune", ["name": territory.name])
        case .area: return l10n.tr("place.in_area", ["name": territory.name])
        case .province: return l10n.tr("place.whole_province", ["name": territory.name])
        case .region: return l10n.tr("place.whole_region", ["name": territory.name])
        }
    }
}
