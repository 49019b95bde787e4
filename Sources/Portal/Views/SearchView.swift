import Catalog

/// What `/cerca` knows after reading the request and resolving the place.
public struct SearchPageModel: Sendable {
    public var parameters: SearchParameters
    public var needs: [TaxonomyTerm]
    public var targets: [TaxonomyTerm]
    public var deliveryModes: [TaxonomyTerm]
    public var organizationKinds: [TaxonomyTerm]
    /// The resolved comune, if the visitor gave one that matched.
    public var comune: Comune?
    /// Other comuni the typed text could mean (ambiguous or near spellings).
    public var comuneChoices: [Comune]
    /// The inline error for the comune field, if it could not be resolved.
    public var comuneError: String?
    /// "in provincia di Cuneo", "nell'area «Valle Stura»": the place filter in words, if any.
    public var placePhrase: String?
    public var result: CatalogSearchResult
    public var pageSize: Int
    /// Counted offers for a search with no results (nil when there are results).
    public var help: ZeroResultHelp?
    /// Whether the search is about violence or abuse (`SensitiveTopics`): emergency numbers,
    /// quick exit, generic title.
    public var isSensitive = false

    public init(parameters: SearchParameters, needs: [TaxonomyTerm], targets: [TaxonomyTerm],
                deliveryModes: [TaxonomyTerm], organizationKinds: [TaxonomyTerm], comune: Comune?,
                comuneChoices: [Comune] = [], comuneError: String? = nil, placePhrase: String? = nil,
                result: CatalogSearchResult, pageSize: Int) {
        self.parameters = parameters
        self.needs = needs
        self.targets = targets
        self.deliveryModes = deliveryModes
        self.organizationKinds = organizationKinds
        self.comune = comune
        self.comuneChoices = comuneChoices
        self.comuneError = comuneError
        self.placePhrase = placePhrase
        self.result = result
        self.pageSize = pageSize
    }

    var pageCount: Int { max(1, (result.total + pageSize - 1) / pageSize) }
}

/// The search page (`/cerca`): filters with counts on one side, a summary sentence, removable
/// selected filters, sort, results and pagination on the other. Every state is a GET URL.
/// Zero results are never a dead end: wider places, filters to drop and near spellings.
public struct SearchView: Sendable {
    public let layout: LayoutView
    public let model: SearchPageModel

    public init(layout: LayoutView, model: SearchPageModel) {
        self.layout = layout
        self.model = model
    }

    var p: SearchParameters { model.parameters }

    public func render() -> HTML {
        let errors = model.comuneError.map { [FieldError(field: "filtri-comune", message: $0)] } ?? []
        var meta = PageMetadata(
            title: p.isEmpty ? "Cerca un servizio" : summarySentence(),
            description: "Cerca i servizi di welfare del Piemonte per bisogno, comune e altri filtri.",
            canonicalPath: p.isEmpty ? "/cerca" : nil,
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Cerca")],
            hasErrors: !errors.isEmpty, noIndex: !p.isEmpty, usesComuneScript: true)
        if model.isSensitive { SensitiveTopics.keepPrivate(&meta) }
        return layout.render(meta, content: """
        \(ErrorSummaryView(errors: errors).render())<h1>Cerca un servizio</h1>
        \(SafetyPanelView(shown: model.isSensitive).render())\
        <p class="summary" role="status">\(summarySentence()).</p>
        \(comuneChoices())<div class="layout-search">
        <div class="search-results" id="risultati">
        <p class="to-filters"><a href="#filtri">Vai ai filtri per cambiare la ricerca</a></p>
        \(selectedFilters())\(sortForm())\(results())\(zeroResultHelp())\(pagination())</div>
        \(filters())</div>
        """)
    }

    /// "12 servizi per «anziani» a Pinerolo".
    func summarySentence() -> String {
        var sentence = ItalianText.count(model.result.total, one: "servizio", many: "servizi")
        if !p.text.isEmpty {
            sentence += " per «\(p.text)»"
        } else if !p.needs.isEmpty {
            sentence += " per «\(ItalianText.list(labels(p.needs, in: model.needs)).lowercased())»"
        }
        if let comune = model.comune {
            sentence += " a \(comune.name)"
        } else if let place = model.placePhrase {
            sentence += " \(place)"
        } else if p.isEmpty || (model.comuneError == nil) {
            sentence += " in Piemonte"
        }
        return sentence
    }

    func labels(_ codes: [String], in terms: [TaxonomyTerm]) -> [String] {
        codes.map { code in terms.first { $0.code == code }?.label ?? code }
    }

    func results() -> HTML {
        guard !model.result.items.isEmpty else { return HTML() }
        let linkQuery = model.comune.map { "?comune=\(URLQuery.encode($0.slug))" } ?? ""
        let plan = PlanButton(.add, returnTo: p.query.url("/cerca"))
        let items: [HTML] = model.result.items.map {
            ResultItemView(item: $0, headingLevel: 2, linkQuery: linkQuery, plan: $0.isArchived ? nil : plan).render()
        }
        return "<ul class=\"results\">\(items)</ul>\n"
    }

    func pagination() -> HTML {
        let query = p.query
        return PaginationView(page: p.page, pageCount: model.pageCount) { page in
            page == 1 ? query.removing("pagina").url("/cerca") : query.setting("pagina", String(page)).url("/cerca")
        }.render()
    }

    func sortForm() -> HTML {
        guard model.result.total > 1 else { return HTML() }
        let current = p.sort ?? (p.text.isEmpty ? (model.comune != nil ? .proximity : .freshness) : .relevance)
        let options: [HTML] = SearchParameters.Sort.allCases.map {
            "<option value=\"\($0.rawValue)\"\($0 == current ? " selected" : "")>\($0.label)</option>"
        }
        let hidden: [HTML] = p.query.removing("ordina").removing("pagina").pairs.map {
            "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">"
        }
        return """
        <form class="sort-form" action="/cerca" method="get">
        \(hidden)<label for="ordina">Ordina per</label>
        <select id="ordina" name="ordina">\(options)</select>
        <button type="submit" class="button button-secondary">Ordina</button>
        </form>

        """
    }
}
