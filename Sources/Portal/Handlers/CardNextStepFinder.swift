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
        let result = try catalog.search(query)
        var fallback: CardNextStep.Desk?
        for item in result.items where item.slug != card.service.slug {
            guard let desk = try catalog.card(slug: item.slug), desk.service.status == .published else { continue }
            let entry = CardNextStep.Desk(slug: desk.service.slug, title: desk.service.title,
                                          contacts: desk.service.contacts, address: Self.address(of: desk))
            if desk.service.contacts.isReachable { return CardNextStep(desk: entry) }
            if fallback == nil { fallback = entry }
        }
        return CardNextStep(desk: fallback)
    }

    /// The first public address of a card: "street, comune" or just the comune.
    static func address(of card: ServiceCard) -> String? {
        guard let place = card.locations.first(where: { !$0.location.isConfidential }) else { return nil }
        let street = place.location.address?.trimmingWhitespace() ?? ""
        return street.isEmpty ? place.comune.name : "\(street), \(place.comune.name)"
    }
}
