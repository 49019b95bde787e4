import Catalog
import Search

/// A provider in the enterprises' directory.
public struct ProviderEntry: Sendable, Equatable {
    public var slug: String
    public var name: String
    var kindLabel: String
    /// Published services usable in a welfare plan.
    var welfareServiceCount: Int

    init(slug: String, name: String, kindLabel: String, welfareServiceCount: Int) {
        self.slug = slug
        self.name = name
        self.kindLabel = kindLabel
        self.welfareServiceCount = welfareServiceCount
    }
}

/// The page for enterprises (`/imprese`): corporate and territorial welfare in plain words, a search
/// of services a welfare plan can pay for, and a directory of providers.
struct EnterprisesView: Sendable {
    let layout: LayoutView
    let categories: [TaxonomyTerm]
    let needs: [TaxonomyTerm]
    let organizationKinds: [TaxonomyTerm]
    let filters: EnterpriseFilters
    let comuneError: String?
    /// One page of welfare-eligible services, with facet counts for every option of the form.
    let result: SearchResults
    let providers: [ProviderEntry]
    /// Slugs in the visitor's plan (issue 10); nil shows no plan buttons.
    let planned: Set<String>?
    /// This page's address, where the plan buttons come back to.
    let returnPath: String

    init(layout: LayoutView, categories: [TaxonomyTerm], needs: [TaxonomyTerm], organizationKinds: [TaxonomyTerm],
                filters: EnterpriseFilters, comuneError: String? = nil, result: SearchResults,
                providers: [ProviderEntry], planned: Set<String>? = nil, returnPath: String = "/imprese") {
        self.planned = planned
        self.returnPath = returnPath
        self.layout = layout
        self.categories = categories
        self.needs = needs
        self.organizationKinds = organizationKinds
        self.filters = filters
        self.comuneError = comuneError
        self.result = result
        self.providers = providers
    }

    func render() -> HTML {
        let errors = comuneError.map { [FieldError(field: "imprese-comune", message: $0)] } ?? []
        let meta = PageMetadata(
            title: "Per le imprese: welfare aziendale e territoriale",
            description: "Servizi del territorio che un piano di welfare aziendale può pagare, e chi li offre.",
            canonicalPath: "/imprese", openGraphType: "website",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Per le imprese")],
            hasErrors: !errors.isEmpty, noIndex: !filters.isEmpty || filters.page > 1, usesComuneScript: true)
        return layout.render(meta, content: """
        <h1>Per le imprese</h1>
        \(ErrorSummaryView(errors: errors).render())\(explanation())\(planLinks())\(form())\(resultList())\(directory())
        """)
    }

    func explanation() -> HTML {
        """
        <p class="lead">Il <strong>welfare aziendale</strong> sono i servizi che un'impresa offre ai dipendenti \
        e alle loro famiglie: cura dei figli e degli anziani, salute, previdenza, tempo libero. \
        Con un piano di welfare, queste spese hanno vantaggi fiscali (art. 51 del TUIR).</p>
        <p>Il <strong>welfare territoriale</strong> vuol dire usare i servizi del proprio territorio: \
        cooperative sociali, associazioni, società di mutuo soccorso, enti pubblici. \
        Anche le piccole imprese possono farlo, da sole o in rete.</p>

        """
    }

    /// The way to the visitor's plan and to the explainer (issue 10).
    func planLinks() -> HTML {
        let count: HTML = planned.map { "<p>Nel tuo piano welfare: \(ItalianText.count($0.count, one: "servizio", many: "servizi")).</p>" } ?? HTML()
        return """
        <div class="panel" role="note">\(count)<ul>
        <li><a href="/imprese/piano">Il mio piano welfare</a>: i servizi scelti, come si pagano e cosa deve fare l'impresa</li>
        <li><a href="/imprese/welfare-aziendale">Welfare aziendale e territoriale per le piccole imprese, spiegato semplice</a></li>
        <li><a href="/imprese/questionario">Questionario anonimo sui bisogni dei dipendenti</a>: chiedi al personale di cosa ha bisogno</li>
        </ul></div>

        """
    }

    func form() -> HTML {
        let comuneField = ComuneFieldView(id: "imprese-comune", value: filters.comune, errorMessage: comuneError)
        return """
        <section class="panel" aria-labelledby="cerca-welfare">
        <h2 id="cerca-welfare">Servizi pagabili con un piano di welfare</h2>
        <form action="/imprese" method="get">
        \(select("categoria", "Categoria (art. 51 TUIR)", categories, filters.category, counts: facets.tuirCategories))\
        \(select("bisogno", "Bisogno", needs, filters.need, counts: facets.needs))\
        \(comuneField.render())\
        \(select("tipo_ente", "Tipo di ente", organizationKinds, filters.organizationKind, counts: facets.organizationKinds))\
        <button type="submit" class="button">Cerca servizi</button>
        </form>
        </section>

        """
    }

    var facets: SearchFacets { result.facets }

    /// A select whose options carry how many services each would give (never 0), the other filters kept.
    func select(_ name: String, _ label: String, _ terms: [TaxonomyTerm], _ selected: String?,
                counts: [FacetCount]) -> HTML {
        // An option that would give nothing is left out, unless it is the current choice.
        let options: [HTML] = terms.compactMap { term in
            let count = counts.count(of: term.code)
            guard count > 0 || term.code == selected else { return nil }
            let mark: HTML = term.code == selected ? " selected" : ""
            return "<option value=\"\(term.code)\"\(mark)>\(term.label) (\(count))</option>"
        }
        return """
        <div class="field">
        <label for="imprese-\(name)">\(label)</label>
        <select id="imprese-\(name)" name="\(name)"><option value="">Tutti</option>\(options)</select>
        </div>

        """
    }

    func resultList() -> HTML {
        let items: [HTML] = result.items.map { item in
            let plan = planned.map { PlanButton($0.contains(item.slug) ? .remove : .add, returnTo: returnPath) }
            return ResultItemView(hit: item, headingLevel: 3, plan: plan).render()
        }
        let list: HTML = items.isEmpty
            ? """
              <p>Nessun servizio con questi filtri. Prova a togliere un filtro, oppure \
              <a href="/imprese">guarda tutti i servizi per il welfare aziendale</a>.</p>

              """
            : "<ul class=\"results\">\(items)</ul>\n"
        return """
        <section aria-labelledby="risultati-imprese">
        <h2 id="risultati-imprese">\(ItalianText.count(result.total, one: "servizio trovato", many: "servizi trovati"))</h2>
        \(list)\(pagination())</section>

        """
    }

    func pagination() -> HTML {
        let query = filters.query
        return PaginationView(page: filters.page, pageCount: result.pageCount) { page in
            page == 1 ? query.removing("pagina").url("/imprese") : query.setting("pagina", String(page)).url("/imprese")
        }.render()
    }

    func directory() -> HTML {
        guard !providers.isEmpty else { return HTML() }
        let rows: [HTML] = providers.map {
            "<tr><th scope=\"row\"><a href=\"/enti/\($0.slug)\">\($0.name)</a></th><td>\($0.kindLabel)</td><td>\($0.welfareServiceCount)</td></tr>"
        }
        return """
        <section aria-labelledby="fornitori">
        <h2 id="fornitori">Chi offre servizi di welfare</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: Enti e servizi pagabili con un piano di welfare"><table>
        <caption class="visually-hidden">Enti e servizi pagabili con un piano di welfare</caption>
        <thead><tr><th scope="col">Ente</th><th scope="col">Tipo</th><th scope="col">Servizi per il welfare</th></tr></thead>
        <tbody>\(rows)</tbody>
        </table></div>
        </section>

        """
    }
}
