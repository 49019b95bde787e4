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
        let search = CatalogSearch(parameters: parameters, comune: place.comune, pageSize: context.configuration.pageSize)
        let result = try context.catalog.search(search)
        if parameters.page == 1 && !parameters.isEmpty && place.error == nil {
            context.searchRecorder?.record(SearchRecord(needCodes: parameters.needs, targetCodes: parameters.targets,
                                                        territoryId: place.territoryId, resultCount: result.total,
                                                        text: parameters.text))
        }
        var model = SearchPageModel(
            parameters: parameters, needs: terms.needs, targets: terms.targets, deliveryModes: terms.deliveryModes,
            organizationKinds: terms.organizationKinds, comune: place.comune, comuneChoices: place.choices,
            comuneError: place.error, placePhrase: place.phrase, result: result, pageSize: context.configuration.pageSize)
        model.isSensitive = SensitiveTopics().isSensitive(parameters)
        let layout = try context.layout(for: request)
        if result.total == 0 && !parameters.isEmpty {
            let builder = ZeroResultHelpBuilder(context: context, vocabulary: vocabulary, synonyms: .bundled)
            model.help = try builder.help(for: SearchView(layout: layout, model: model))
        }
        return context.page(SearchView(layout: layout, model: model).render())
    }
}

/// Turns the place filters of a search into a comune / province / area, or a message.
struct PlaceResolver: Sendable {
    let catalog: any PortalCatalog
    /// The language of the phrases and messages.
    var localizer: Localizer = .italian

    struct Place: Sendable {
        var comune: Comune?
        var choices: [Comune] = []
        var error: String?
        var phrase: String?
        /// The comune, area or province searched (for the observatory).
        var territoryId: Int64?
    }

    func resolve(_ p: SearchParameters) throws -> Place {
        var place = Place()
        if !p.comune.isEmpty {
            switch try catalog.resolveComune(p.comune) {
            case .found(let comune): place.comune = comune; place.territoryId = comune.id
            case .ambiguous(let comuni):
                place.choices = comuni
                place.error = comuni.count == 1
                    ? localizer.tr("place.did_you_mean", ["comune": comuni[0].name]) : localizer.tr("place.ambiguous", ["typed": p.comune])
            case .notFound(let suggestions):
                place.choices = suggestions
                place.error = localizer.tr("place.unknown", ["typed": p.comune])
            }
        }
        if let code = p.province {
            guard let province = try catalog.province(code: code) else {
                throw PortalError.invalidParameters([localizer.tr("place.unknown_province", ["value": String(code.prefix(40))])])
            }
            place.phrase = localizer.tr("place.in_province", ["name": province.name])
            place.territoryId = place.territoryId ?? province.id
        }
        if let slug = p.area {
            guard let area = try catalog.area(slug: slug) else {
                throw PortalError.invalidParameters([localizer.tr("place.unknown_area", ["value": String(slug.prefix(40))])])
            }
            place.phrase = localizer.tr("place.in_area", ["name": area.name])
            place.territoryId = place.comune?.id ?? area.id
        }
        return place
    }
}
