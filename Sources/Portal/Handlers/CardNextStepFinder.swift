import Catalog
import Search

/// Finds the `CardNextStep` of a card without reachable contacts: the provider's contacts,
/// else the nearest information desk reaching the card's comune (the visitor's `?comune=`
/// first, else the card's first place), preferring a desk that can be reached.
struct CardNextStepFinder: Sendable {
    let catalog: any PortalCatalog
    /// How many desk candidates are opened at most.
    var candidates = 5

    func nextStep(for card: ServiceCard, visitorComune: TerritoryRef?) throws -> CardNextStep? {
        guard !card.service.contacts.isReachable else { return nil }
        if let provider = try catalog.organization(slug: card.organization.slug), provider.contacts.isReachable {
            return CardNextStep(providerContacts: provider.contacts)
        }
        guard let place = visitorComune ?? card.locations.first?.comune,
              let comune = try catalog.comune(slug: place.slug) else { return CardNextStep() }
        let query = SearchQuery(needs: ["orientamento"], territoryId: comune.id, pageSize: candidates + 1, sort: .proximity)
        let slugs = try catalog.search(query).items.map(\.slug).filter { $0 != card.service.slug }
        // One read for every candidate (not a full card each: this runs on every card page
        // without contacts), nearest first as the search ranked them.
        var fallback: CardNextStep.Desk?
        for desk in try catalog.contactSummaries(slugs: slugs) where desk.status == .published {
            let entry = CardNextStep.Desk(slug: desk.slug, title: desk.title, contacts: desk.contacts,
                                          address: Self.address(of: desk.publicPlace))
            if desk.contacts.isReachable { return CardNextStep(desk: entry) }
            if fallback == nil { fallback = entry }
        }
        return CardNextStep(desk: fallback)
    }

    /// A card's first public address: "street, comune" or just the comune.
    static func address(of place: ServiceContactSummary.Place?) -> String? {
        guard let place else { return nil }
        let street = place.address?.trimmingWhitespace() ?? ""
        return street.isEmpty ? place.comuneName : "\(street), \(place.comuneName)"
    }
}
