import Catalog
import HTTPServer
import Search

/// `GET /cerca`: validated filters → place resolution → search → page. Bad filter values give
/// 400 with an explanation; a comune that cannot be resolved is a form error (shown inline,
/// with the comuni it could mean), not a failure.
struct SearchHandler: Sendable {
    let context: PageContext

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let (vocabulary, terms) = try context.vocabulary()
        let l10n = context.localizer(for: request)
        let parameters = try SearchParameters.parse(try context.query(request), vocabulary: vocabulary, localizer: l10n)
        let place = try PlaceResolver(catalog: context.catalog, localizer: l10n).resolve(parameters)
        let query = parameters.searchQuery(territoryId: place.territoryId, pageSize: context.configuration.pageSize)
        let result = try context.catalog.search(query)
        if parameters.page == 1 && !parameters.isEmpty && place.error == nil {
            context.searchRecorder?.record(SearchRecord(needCodes: parameters.needs, targetCodes: parameters.targets,
                                                        territoryId: place.territoryId, resultCount: result.total,
                                                        text: parameters.text))
        }
        var model = SearchPageModel(
            parameters: parameters, needs: terms.needs, targets: terms.targets, deliveryModes: terms.deliveryModes,
            organizationKinds: terms.organizationKinds, comune: place.comune, comuneChoices: place.choices,
            comuneError: place.error, placePhrase: place.phrase, result: result, sort: query.sort)
        model.isSensitive = SensitiveTopics().isSensitive(parameters)
        let layout = try context.layout(for: request)
        if result.total == 0 && !parameters.isEmpty {
            let builder = ZeroResultHelpBuilder(context: context, vocabulary: vocabulary, synonyms: .bundled)
            model.help = try builder.help(for: SearchView(layout: layout, model: model))
        }
        return context.page(SearchView(layout: layout, model: model).render())
    }
}
