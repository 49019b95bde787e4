import Catalog

/// Turns the place filters of a search into a comune / province / area, or a message: the one
/// place where `comune`, `area` and `provincia` become the territory searched (`territoryId`:
/// the comune, else the area, else the province).
struct PlaceResolver: Sendable {
    let catalog: any PortalCatalog
    /// The language of the phrases and messages.
    var localizer: Localizer = .italian

    struct Place: Sendable {
        var comune: Comune?
        var choices: [Comune] = []
        var error: String?
        var phrase: String?
        /// The comune, area or province searched (the search's territory, also for the observatory).
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
