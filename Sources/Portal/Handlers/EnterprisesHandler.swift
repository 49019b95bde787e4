import Catalog
import HTTPServer

/// `GET /imprese`: explanation, welfare-plan search (TUIR category, need, comune, organisation
/// kind, page) and the providers' directory. The Catalog's search filters and counts the TUIR
/// category itself. Unknown codes and bad page numbers give 400, like `/cerca`.
struct EnterprisesHandler: Sendable {
    let context: PageContext
    /// Results per page.
    let pageSize: Int
    /// The visitor's shortlist, for "Aggiungi/Togli dal piano" on each result; nil shows no buttons.
    let plan: PlannedSlugs?

    init(context: PageContext, pageSize: Int = 20, plan: PlannedSlugs? = nil) {
        self.context = context
        self.pageSize = pageSize
        self.plan = plan
    }

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let catalog = context.catalog
        let form = try context.query(request)
        let categories = try catalog.terms(.tuirCategory)
        let (vocabulary, terms) = try context.vocabulary()
        let filters = try readFilters(form, categories: categories, vocabulary: vocabulary)
        let parameters = searchParameters(filters)
        let place = try PlaceResolver(catalog: catalog).resolve(parameters)
        let result = try catalog.search(parameters.searchQuery(territoryId: place.territoryId, pageSize: pageSize,
                                                               tuirCategory: filters.category))
        let view = EnterprisesView(
            layout: try context.layout(), categories: categories, needs: terms.needs,
            organizationKinds: terms.organizationKinds, filters: filters, comuneError: place.error,
            result: result, providers: try catalog.welfareProviders(),
            planned: try plan?.read(request), returnPath: request.head.target)
        // With plan buttons the page depends on the visitor's cookie: never cached.
        return plan == nil ? context.page(view.render()) : HTMLResponse.page(view.render(), cache: .none)
    }

    /// The `/cerca` parameters these filters stand for: welfare-eligible services only.
    func searchParameters(_ filters: EnterpriseFilters) -> SearchParameters {
        var parameters = SearchParameters()
        parameters.welfareOnly = true
        parameters.needs = filters.need.map { [$0] } ?? []
        parameters.organizationKinds = filters.organizationKind.map { [$0] } ?? []
        parameters.comune = filters.comune
        parameters.page = filters.page
        return parameters
    }

    func readFilters(_ form: URLEncodedForm, categories: [TaxonomyTerm],
                     vocabulary: SearchParameters.Vocabulary) throws(PortalError) -> EnterpriseFilters {
        var problems: [String] = []
        func code(_ name: String, _ known: Set<String>, _ noun: String) -> String? {
            let value = SearchParameters.single(form, name)
            guard !value.isEmpty else { return nil }
            guard known.contains(value) else {
                problems.append("\(noun) «\(String(value.prefix(60)))» non esiste: scegli dall'elenco.")
                return nil
            }
            return value
        }
        let page = SearchParameters.pageNumber(form, .italian, problems: &problems)
        let filters = EnterpriseFilters(
            category: code("categoria", Set(categories.map(\.code)), "La categoria"),
            need: code("bisogno", vocabulary.needs, "Il bisogno"),
            comune: String(SearchParameters.single(form, "comune").prefix(80)),
            organizationKind: code("tipo_ente", vocabulary.organizationKinds, "Il tipo di ente"),
            page: page)
        guard problems.isEmpty else { throw .invalidParameters(problems) }
        return filters
    }
}
