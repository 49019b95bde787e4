/// What a page needs to send a visitor to another card's contacts (the nearest information
/// desk of a card without contacts): its title, status, contacts and first public place,
/// read without the rest of the card.
public struct ServiceContactSummary: Sendable, Equatable {
    /// URL slug.
    public var slug: String
    /// Card title.
    public var title: String
    /// Life-cycle state.
    public var status: ServiceStatus
    /// The card's own contacts.
    public var contacts: Contacts
    /// The first location not marked confidential, nil when every location is confidential.
    public var publicPlace: Place?

    /// A location as a visitor finds it: its street address (if any) and its comune's name.
    public struct Place: Sendable, Equatable {
        public var address: String?
        public var comuneName: String

        public init(address: String?, comuneName: String) {
            self.address = address
            self.comuneName = comuneName
        }
    }

    /// Memberwise initialiser.
    public init(slug: String, title: String, status: ServiceStatus, contacts: Contacts, publicPlace: Place?) {
        self.slug = slug
        self.title = title
        self.status = status
        self.contacts = contacts
        self.publicPlace = publicPlace
    }

    /// The summary of a card read in full (catalogs without the one-query read build it this way).
    public init(card: ServiceCard) {
        let place = card.locations.first { !$0.location.isConfidential }
        self.init(slug: card.service.slug, title: card.service.title, status: card.service.status,
                  contacts: card.service.contacts,
                  publicPlace: place.map { Place(address: $0.location.address, comuneName: $0.comune.name) })
    }
}
