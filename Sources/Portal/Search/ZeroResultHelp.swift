import Catalog
import HTTPServer
import Search

/// What `/cerca` offers when a search finds nothing, each offer already counted, so the page
/// never links to a place with no services: a filter to drop, or the needs the typed words
/// belong to (from the reviewed synonym list: "nido" → «Figli e famiglia»).
struct ZeroResultHelp: Sendable, Equatable {
    /// One offer: the words of the link, its address, and how many services it gives (> 0).
    struct Offer: Sendable, Equatable {
        var label: String
        var url: String
        var count: Int

        init(label: String, url: String, count: Int) {
            self.label = label
            self.url = url
            self.count = count
        }
    }

    /// "Cerca senza «X»" offers.
    var drops: [Offer] = []
    /// "Servizi per «need»" offers.
    var needs: [Offer] = []

    init(drops: [Offer] = [], needs: [Offer] = []) {
        self.drops = drops
        self.needs = needs
    }
}

/// Counts the offers of `ZeroResultHelp` by running each candidate search (only on the
/// zero-result path, a handful of in-memory searches).
struct ZeroResultHelpBuilder: Sendable {
    let context: PageContext
    let vocabulary: SearchParameters.Vocabulary
    let synonyms: SearchSynonyms

    func help(for view: SearchView) throws -> ZeroResultHelp {
        var help = ZeroResultHelp()
        for (label, query) in view.removableFilterQueries() {
            let count = try total(query)
            if count > 0 { help.drops.append(.init(label: view.l10n.tr("search.without", ["filter": label]), url: query.url(view.searchPath), count: count)) }
        }
        let p = view.p
        for code in synonyms.needs(inText: p.text) where !p.needs.contains(code) {
            guard let term = view.model.needs.first(where: { $0.code == code }) else { continue }
            let query = p.query.removing("pagina").removing("q").setting("bisogno", code)
            let count = try total(query)
            if count > 0 { help.needs.append(.init(label: view.l10n.label("need", code: term.code, italian: term.label), url: query.url(view.searchPath), count: count)) }
        }
        return help
    }

    /// How many services `query` gives (0 when it does not parse or its place is unknown).
    func total(_ query: URLQuery) throws -> Int {
        let form = URLEncodedForm(fields: query.pairs.map { URLEncodedForm.Field(name: $0.0, value: $0.1) })
        guard let parameters = try? SearchParameters.parse(form, vocabulary: vocabulary) else { return 0 }
        let place = try PlaceResolver(catalog: context.catalog).resolve(parameters)
        if !parameters.comune.isEmpty && place.comune == nil { return 0 }
        return try context.catalog.search(parameters.searchQuery(territoryId: place.territoryId, pageSize: 1)).total
    }
}
