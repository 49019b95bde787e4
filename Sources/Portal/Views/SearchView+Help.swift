import Catalog

extension SearchView {
    /// "Quale comune intendi?": links for each comune the typed text could mean.
    func comuneChoices() -> HTML {
        guard !model.comuneChoices.isEmpty else { return HTML() }
        let base = p.query.removing("pagina")
        let links: [HTML] = model.comuneChoices.map { comune in
            let url = base.setting("comune", comune.name + " (" + comune.provinceCode + ")").url("/cerca")
            let caps = comune.postalCodes.isEmpty ? "" : ", CAP \(comune.postalCodes.joined(separator: ", "))"
            return "<li><a href=\"\(SafeURL(path: url))\">\(comune.name)</a> (\(comune.provinceCode)\(caps))</li>"
        }
        let title = model.comuneError == nil ? "Quale comune intendi?" : "Forse cercavi uno di questi comuni:"
        return """
        <div class="panel" role="note"><h2>\(title)</h2>
        <ul>\(links)</ul></div>

        """
    }

    /// Help when nothing was found: a wider place, a filter to drop, a near spelling.
    func zeroResultHelp() -> HTML {
        guard model.result.total == 0, !p.isEmpty else { return HTML() }
        var parts: [HTML] = []
        let widening: [HTML] = model.result.widening.filter { $0.count > 0 }.map { option in
            let url = widenedQuery(to: option.territory).url("/cerca")
            return "<li><a href=\"\(SafeURL(path: url))\">\(placeWords(option.territory))</a> (\(ItalianText.count(option.count, one: "servizio", many: "servizi")))</li>"
        }
        if !widening.isEmpty { parts.append("<h3>Allarga la zona</h3>\n<ul>\(widening)</ul>\n") }
        let help = model.help ?? ZeroResultHelp()
        let needs: [HTML] = help.needs.map(offer)
        if !needs.isEmpty { parts.append("<h3>Cerca per bisogno</h3>\n<ul>\(needs)</ul>\n") }
        let drops: [HTML] = help.drops.map(offer)
        if !drops.isEmpty { parts.append("<h3>Togli un filtro</h3>\n<ul>\(drops)</ul>\n") }
        let spellings: [HTML] = model.result.nearSpellings.prefix(5).map { word in
            let url = p.query.removing("pagina").setting("q", word).url("/cerca")
            return "<li><a href=\"\(SafeURL(path: url))\">\(word)</a></li>"
        }
        if !spellings.isEmpty { parts.append("<h3>Forse cercavi</h3>\n<ul>\(spellings)</ul>\n") }
        return """
        <section class="panel" aria-labelledby="nessun-risultato">
        <h2 id="nessun-risultato">Non abbiamo trovato servizi con questa ricerca</h2>
        \(parts)<p>Puoi anche <a href="/cerca">ricominciare da capo</a> oppure scegliere un bisogno \
        dalla <a href="/">pagina iniziale</a>. Se hai bisogno di aiuto, rivolgiti allo sportello sociale del tuo comune.</p>
        </section>

        """
    }

    func offer(_ offer: ZeroResultHelp.Offer) -> HTML {
        "<li><a href=\"\(SafeURL(path: offer.url))\">\(offer.label)</a> (\(ItalianText.count(offer.count, one: "servizio", many: "servizi")))</li>"
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
        case .comune: return "a \(territory.name)"
        case .area: return "nell'area «\(territory.name)»"
        case .province: return "in tutta la provincia di \(territory.name)"
        case .region: return "in tutto il \(territory.name)"
        }
    }
}
