import Catalog
import Search

/// What `/cerca` knows after reading the request and resolving the place.
struct SearchPageModel: Sendable {
    var parameters: SearchParameters
    var needs: [TaxonomyTerm]
    var targets: [TaxonomyTerm]
    var deliveryModes: [TaxonomyTerm]
    var organizationKinds: [TaxonomyTerm]
    /// The resolved comune, if the visitor gave one that matched.
    var comune: Comune?
    /// Other comuni the typed text could mean (ambiguous or near spellings).
    var comuneChoices: [Comune]
    /// The inline error for the comune field, if it could not be resolved.
    var comuneError: String?
    /// "in provincia di Cuneo", "nell'area «Valle Stura»": the place filter in words, if any.
    var placePhrase: String?
    var result: SearchResults
    /// The order the results are in (the visitor's, else `SearchSort.default`).
    var sort: SearchSort
    /// Counted offers for a search with no results (nil when there are results).
    var help: ZeroResultHelp?
    /// Whether the search is about violence or abuse (`SensitiveTopics`): emergency numbers,
    /// quick exit, generic title.
    var isSensitive = false

    init(parameters: SearchParameters, needs: [TaxonomyTerm], targets: [TaxonomyTerm],
                deliveryModes: [TaxonomyTerm], organizationKinds: [TaxonomyTerm], comune: Comune?,
                comuneChoices: [Comune] = [], comuneError: String? = nil, placePhrase: String? = nil,
                result: SearchResults, sort: SearchSort) {
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
        self.sort = sort
    }
}

/// The search page (`/cerca`): filters with counts on one side, a summary sentence, removable
/// selected filters, sort, results and pagination on the other. Every state is a GET URL.
/// Zero results are never a dead end: wider places, filters to drop and near spellings.
struct SearchView: Sendable {
    let layout: LayoutView
    let model: SearchPageModel

    init(layout: LayoutView, model: SearchPageModel) {
        self.layout = layout
        self.model = model
    }

    var p: SearchParameters { model.parameters }
    var l10n: Localizer { layout.localizer }
    /// `/cerca` in the page's language (`/en/cerca`).
    var searchPath: String { layout.localizer.path("/cerca") }

    func render() -> HTML {
        let errors = model.comuneError.map { [FieldError(field: "filtri-comune", message: $0)] } ?? []
        var meta = PageMetadata(
            title: p.isEmpty ? l10n.tr("search.title") : summarySentence(),
            description: l10n.tr("search.description"),
            canonicalPath: p.isEmpty ? "/cerca" : nil,
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(l10n.tr("search.crumb"))],
            hasErrors: !errors.isEmpty, noIndex: !p.isEmpty, usesComuneScript: true)
        if model.isSensitive { SensitiveTopics.keepPrivate(&meta) }
        return layout.render(meta, content: """
        <h1>\(l10n.tr("search.title"))</h1>
        \(ErrorSummaryView(errors: errors, localizer: l10n).render())\(SafetyPanelView(shown: model.isSensitive).render())\
        <p class="summary" role="status">\(summarySentence()).</p>
        \(comuneChoices())<div class="layout-search">
        <div class="search-results" id="risultati">
        <p class="to-filters"><a href="#filtri">\(l10n.tr("search.to_filters"))</a></p>
        \(selectedFilters())\(sortForm())\(results())\(zeroResultHelp())\(pagination())</div>
        \(filters())</div>
        """)
    }

    /// "12 servizi per «anziani» a Pinerolo".
    func summarySentence() -> String {
        var sentence = l10n.count(model.result.total, "count.service")
        if !p.text.isEmpty {
            sentence += " \(l10n.tr("search.summary_for")) «\(p.text)»"
        } else if !p.needs.isEmpty {
            sentence += " \(l10n.tr("search.summary_for")) «\(ItalianText.list(labels(p.needs, in: model.needs, prefix: "need")).lowercased())»"
        }
        if let comune = model.comune {
            sentence += " \(l10n.tr("search.summary_in")) \(comune.name)"
        } else if let place = model.placePhrase {
            sentence += " \(place)"
        } else if p.isEmpty || (model.comuneError == nil) {
            sentence += " \(l10n.tr("search.summary_region"))"
        }
        return sentence
    }

    /// The labels of `codes` in the page's language (`prefix` names the taxonomy: `need`, `target`…).
    func labels(_ codes: [String], in terms: [TaxonomyTerm], prefix: String) -> [String] {
        codes.map { code in
            terms.first { $0.code == code }.map { l10n.label(prefix, code: code, italian: $0.label) } ?? code
        }
    }

    func results() -> HTML {
        guard !model.result.items.isEmpty else { return HTML() }
        let linkQuery = model.comune.map { "?comune=\(URLQuery.encode($0.slug))" } ?? ""
        var plan = PlanButton(.add, returnTo: p.query.url(searchPath))
        plan.localizer = l10n
        let items: [HTML] = model.result.items.map {
            ResultItemView(hit: $0, headingLevel: 2, linkQuery: linkQuery, plan: $0.status == .archived ? nil : plan, localizer: l10n).render()
        }
        return "<ul class=\"results\">\(items)</ul>\n"
    }

    func pagination() -> HTML {
        let query = p.query
        var view = PaginationView(page: p.page, pageCount: model.result.pageCount) { page in
            page == 1 ? query.removing("pagina").url(searchPath) : query.setting("pagina", String(page)).url(searchPath)
        }
        view.localizer = l10n
        return view.render()
    }

    func sortForm() -> HTML {
        guard model.result.total > 1 else { return HTML() }
        let options: [HTML] = SearchSort.allCases.map {
            "<option value=\"\($0.parameterValue)\"\($0 == model.sort ? " selected" : "")>\(l10n.label("sort", code: $0.parameterValue, italian: $0.label))</option>"
        }
        let hidden: [HTML] = p.query.removing("ordina").removing("pagina").pairs.map {
            "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">"
        }
        return """
        <form class="sort-form" action="\(searchPath)" method="get">
        \(hidden)<label for="ordina">\(l10n.tr("search.sort_by"))</label>
        <select id="ordina" name="ordina">\(options)</select>
        <button type="submit" class="button button-secondary">\(l10n.tr("search.sort"))</button>
        </form>

        """
    }
}
