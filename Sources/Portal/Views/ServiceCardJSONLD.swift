import Catalog

/// schema.org structured data for a card: a `GovernmentService` when a public body provides it,
/// otherwise a `Service`, with its provider, area served, audience, channel and offer.
struct ServiceCardJSONLD: Sendable {
    let card: ServiceCard
    let site: SiteContext

    /// Organization kinds that are public bodies (their services are `GovernmentService`).
    static func isPublicBody(_ kindCode: String) -> Bool {
        let code = kindCode.lowercased()
        return code.contains("pubblic") || code.hasPrefix("asl") || code.hasPrefix("comune")
            || code.contains("consorzio_socio") || code.contains("camera_di_commercio")
    }

    func encoded() -> String { value().encoded }

    func value() -> JSONValue {
        let service = card.service
        let org = card.organization
        let isPublic = Self.isPublicBody(org.kind.code)
        return .compactObject([
            ("@context", "https://schema.org"),
            ("@type", .string(isPublic ? "GovernmentService" : "Service")),
            ("name", .string(service.title)),
            ("description", service.summary.isEmpty ? .null : .string(service.summary)),
            ("url", .string(site.absoluteURL("/servizi/\(service.slug)"))),
            ("serviceType", .string(card.serviceType.label)),
            ("provider", .compactObject([
                ("@type", .string(isPublic ? "GovernmentOrganization" : "Organization")),
                ("name", .string(org.name)),
                ("url", .string(site.absoluteURL("/enti/\(org.slug)"))),
            ])),
            ("areaServed", card.servedTerritories.isEmpty ? .null : .array(card.servedTerritories.map {
                .object([("@type", "AdministrativeArea"), ("name", .string($0.name))])
            })),
            ("audience", card.targets.isEmpty ? .null : .object([
                ("@type", "Audience"), ("audienceType", .string(ItalianText.list(card.targets.map(\.label)))),
            ])),
            ("availableChannel", channel()),
            ("offers", offer()),
        ])
    }

    func channel() -> JSONValue {
        let contacts = card.service.contacts
        guard !contacts.isEmpty else { return .null }
        return .compactObject([
            ("@type", "ServiceChannel"),
            ("servicePhone", contacts.phone.map { .object([("@type", "ContactPoint"), ("telephone", .string($0))]) } ?? .null),
            ("serviceUrl", contacts.website.flatMap(SafeURL.website).map { .string($0.value) } ?? .null),
        ])
    }

    func offer() -> JSONValue {
        let cost = card.service.cost
        switch cost.kind {
        case .free:
            return .object([("@type", "Offer"), ("price", .number(0)), ("priceCurrency", "EUR")])
        case .paid, .contribution, .variable:
            guard let min = cost.minCents else { return .null }
            return .object([("@type", "Offer"), ("price", .string(Self.decimal(min))), ("priceCurrency", "EUR")])
        case .unknown:
            return .null
        }
    }

    /// Cents as a schema.org price ("15.50").
    static func decimal(_ cents: Int) -> String {
        let fraction = cents % 100
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
