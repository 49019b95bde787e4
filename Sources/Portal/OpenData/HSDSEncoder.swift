import Catalog
import Foundation

/// Maps the catalog's cards, organisations and vocabularies to HSDS 3.0 JSON objects
/// (openreferral.org, schema/*.json). Only public facts are written: a confidential place
/// gets its comune (`external_identifier`, the ISTAT code) but never its street or postal code.
struct HSDSEncoder: Sendable {
    /// Absolute URL of the portal, for `organization.uri`.
    let site: SiteContext
    /// ISTAT codes of the provinces by sigla, for service area URIs.
    let provinceISTAT: [String: String]

    // MARK: Services

    /// A service with every one-to-one field and its organisation (HSDS `service_list`).
    func serviceListItem(_ record: OpenDataRecord) -> JSONValue {
        .object(serviceFields(record) + [("organization", .object(organizationFields(record.organization)))])
    }

    /// A fully nested service (HSDS `compiled/service.json`).
    func service(_ record: OpenDataRecord) -> JSONValue {
        let card = record.card, service = card.service, uuid = service.uuid, id = JSONValue.string(uuid.lowercasedString)
        let d = service.fields
        var members = serviceFields(record)
        members.append(("phones", .array(d.contacts.phone.map {
            [phone(id: HSDSIdentifiers.part(uuid, "phone"), number: $0, owner: ("service_id", id))]
        } ?? [])))
        members.append(("schedules", .array(d.contacts.hours.map {
            [.object([("id", .string(HSDSIdentifiers.part(uuid, "schedule"))), ("service_id", id), ("description", .string($0))])]
        } ?? [])))
        members.append(("service_areas", .array(card.servedTerritories.enumerated().map { index, territory in
            .object([
                ("id", .string(HSDSIdentifiers.part(uuid, "service_area", index))), ("service_id", id),
                ("name", .string(territory.name)), ("description", .string(territory.kind.label)),
                ("extent_type", .string(territory.kind.rawValue)), ("uri", .string(uri(territory))),
            ])
        })))
        members.append(("service_at_locations", .array(card.locations.indices.map { serviceAtLocation(record, index: $0) })))
        members.append(("languages", .array(d.languageCodes.enumerated().map { index, code in
            .object([("id", .string(HSDSIdentifiers.part(uuid, "language", index))), ("service_id", id),
                     ("name", .string(LanguageNames.italianName(code))), ("code", .string(code))])
        })))
        members.append(("organization", organization(record.organization, services: nil)))
        members.append(("cost_options", .array([costOption(record)])))
        members.append(("required_documents", .array(d.requiredDocuments.isEmpty ? [] : [
            .object([("id", .string(HSDSIdentifiers.part(uuid, "required_document"))), ("service_id", id),
                     ("document", .string(d.requiredDocuments))]),
        ])))
        members.append(("contacts", .array(d.contacts.referent.map { name in
            [.compactObject([("id", .string(HSDSIdentifiers.part(uuid, "contact"))), ("service_id", id),
                             ("name", .string(name)), ("email", .optional(d.contacts.email))])]
        } ?? [])))
        members.append(("attributes", .array(attributes(card))))
        return .object(members)
    }

    /// `{"id", "last_modified"}`: what `minimal=true` lists.
    func minimalService(_ record: OpenDataRecord) -> JSONValue {
        .object([("id", .string(record.card.service.uuid.lowercasedString)),
                 ("last_modified", .string(OpenDataTime.rfc3339(record.card.service.updatedAt)))])
    }

    private func serviceFields(_ record: OpenDataRecord) -> [(String, JSONValue)] {
        let service = record.card.service, d = service.fields
        let description = [d.summary, d.description].filter { !$0.isEmpty }.joined(separator: "\n\n")
        let eligibility = [d.audience, d.conditions].filter { !$0.isEmpty }.joined(separator: "\n\n")
        let members: [(String, JSONValue)] = [
            ("id", .string(service.uuid.lowercasedString)),
            ("organization_id", .string(record.organization.uuid.lowercasedString)),
            ("name", .string(d.title)),
            ("description", description.isEmpty ? .null : .string(description)),
            ("url", .optional(d.contacts.website)),
            ("email", .optional(d.contacts.email)),
            ("status", .string("active")),
            ("application_process", d.howToAccess.isEmpty ? .null : .string(d.howToAccess)),
            ("fees_description", .string(feesDescription(d.cost))),
            ("wait_time", d.timesAndDeadlines.isEmpty ? .null : .string(d.timesAndDeadlines)),
            ("eligibility_description", eligibility.isEmpty ? .null : .string(eligibility)),
            ("minimum_age", d.ageMin.map { .number($0) } ?? .null),
            ("maximum_age", d.ageMax.map { .number($0) } ?? .null),
            ("assured_date", d.lastVerifiedAt.map { .string(OpenDataTime.rfc3339($0).prefix(10).description) } ?? .null),
            ("last_modified", .string(OpenDataTime.rfc3339(service.updatedAt))),
        ]
        return members.filter { if case .null = $0.1 { false } else { true } }
    }

    private func feesDescription(_ cost: CostModel) -> String {
        var parts = [cost.kind.label]
        func euros(_ cents: Int) -> String {
            let whole = cents / 100, rest = cents % 100
            return rest == 0 ? "\(whole) €" : "\(whole),\(rest < 10 ? "0" : "")\(rest) €"
        }
        switch (cost.minCents, cost.maxCents) {
        case let (min?, max?) where min != max: parts.append("da \(euros(min)) a \(euros(max))")
        case let (min?, _): parts.append(euros(min))
        case let (nil, max?): parts.append("fino a \(euros(max))")
        case (nil, nil): break
        }
        if !cost.unit.isEmpty { parts.append(cost.unit) }
        if !cost.notes.isEmpty { parts.append(cost.notes) }
        return parts.joined(separator: " — ")
    }

    private func costOption(_ record: OpenDataRecord) -> JSONValue {
        let service = record.card.service, cost = service.fields.cost
        let amount = cost.kind == .free ? 0 : cost.minCents
        let description = [cost.unit, cost.notes].filter { !$0.isEmpty }.joined(separator: "; ")
        return .compactObject([
            ("id", .string(HSDSIdentifiers.part(service.uuid, "cost_option"))),
            ("service_id", .string(service.uuid.lowercasedString)),
            ("valid_from", .optional(service.fields.validFrom?.iso)), ("valid_to", .optional(service.fields.validTo?.iso)),
            ("option", .string(cost.kind.label)), ("currency", amount == nil ? .null : .string("EUR")),
            ("amount", amount.map { .hundredths($0) } ?? .null),
            ("amount_description", description.isEmpty ? .null : .string(description)),
        ])
    }

    private func attributes(_ card: ServiceCard) -> [JSONValue] {
        var terms: [(Taxonomy, TaxonomyTerm)] = [(.serviceType, card.serviceType)]
        terms += card.needs.map { (.need, $0) } + card.targets.map { (.target, $0) }
        terms += card.deliveryModes.map { (.deliveryMode, $0) } + card.paymentMethods.map { (.paymentMethod, $0) }
        if let tuir = card.tuirCategory { terms.append((.tuirCategory, tuir)) }
        let uuid = card.service.uuid
        return terms.enumerated().map { index, pair in
            .object([
                ("id", .string(HSDSIdentifiers.part(uuid, "attribute", index))),
                ("link_id", .string(uuid.lowercasedString)), ("link_type", .string(pair.0.rawValue)),
                ("link_entity", .string("service")),
                ("taxonomy_term_id", .string(HSDSIdentifiers.term(pair.0, pair.1.code))),
                ("taxonomy_term", taxonomyTerm(pair.0, pair.1)),
            ])
        }
    }

    // MARK: Places

    /// The `index`-th place of the card as an HSDS `service_at_location`, fully nested.
    func serviceAtLocation(_ record: OpenDataRecord, index: Int, withService: Bool = false) -> JSONValue {
        let uuid = record.card.service.uuid
        let location = record.card.locations[index].location
        var members: [(String, JSONValue)] = [
            ("id", .string(HSDSIdentifiers.part(uuid, "service_at_location", index))),
            ("service_id", .string(uuid.lowercasedString)),
            ("location_id", .string(HSDSIdentifiers.part(uuid, "location", index))),
        ]
        members.append(("schedules", .array(location.openingHours.map {
            [.object([("id", .string(HSDSIdentifiers.part(uuid, "location_schedule", index))),
                      ("service_id", .string(uuid.lowercasedString)),
                      ("location_id", .string(HSDSIdentifiers.part(uuid, "location", index))),
                      ("description", .string($0))])]
        } ?? [])))
        members.append(("location", self.location(record, index: index, nested: true)))
        if withService { members.append(("service", serviceListItem(record))) }
        return .object(members)
    }

    /// The one-to-one fields of a `service_at_location` with its place (HSDS `service_at_location_list`).
    func serviceAtLocationListItem(_ record: OpenDataRecord, index: Int) -> JSONValue {
        let uuid = record.card.service.uuid
        return .object([
            ("id", .string(HSDSIdentifiers.part(uuid, "service_at_location", index))),
            ("service_id", .string(uuid.lowercasedString)),
            ("location_id", .string(HSDSIdentifiers.part(uuid, "location", index))),
            ("location", location(record, index: index, nested: false)),
            ("service", serviceListItem(record)),
        ])
    }

    private func location(_ record: OpenDataRecord, index: Int, nested: Bool) -> JSONValue {
        let uuid = record.card.service.uuid
        let place = record.card.locations[index]
        let location = place.location
        let comune = index < record.comuni.count ? record.comuni[index] : nil
        let locationID = HSDSIdentifiers.part(uuid, "location", index)
        var members: [(String, JSONValue)] = [
            ("id", .string(locationID)), ("location_type", .string("physical")),
            ("organization_id", .string(record.organization.uuid.lowercasedString)),
            ("name", .string(location.name.isEmpty ? place.comune.name : location.name)),
        ]
        var notes = location.notes
        if location.isConfidential {
            notes = ["Indirizzo riservato: si indica solo il comune.", notes].filter { !$0.isEmpty }.joined(separator: " ")
        }
        if !notes.isEmpty { members.append(("description", .string(notes))) }
        members.append(("external_identifier", .string(place.comune.code)))
        members.append(("external_identifier_type", .string("istat_comune")))
        guard nested else { return .object(members) }
        var addresses: [JSONValue] = []
        if !location.isConfidential {
            addresses.append(.object([
                ("id", .string(HSDSIdentifiers.part(uuid, "address", index))), ("location_id", .string(locationID)),
                ("address_1", .string(location.address ?? "")), ("city", .string(place.comune.name)),
                ("region", .string("Piemonte")), ("state_province", .string(comune?.provinceCode ?? "")),
                ("postal_code", .string(location.postalCode ?? "")), ("country", .string("IT")),
                ("address_type", .string("physical")),
            ]))
        }
        members.append(("addresses", .array(addresses)))
        return .object(members)
    }

    // MARK: Organisations

    /// The one-to-one fields of an organisation (HSDS `organization_list`).
    func organizationListItem(_ organization: Organization) -> JSONValue { .object(organizationFields(organization)) }

    /// An organisation with phones and identifiers; `services` (list items) when given.
    func organization(_ organization: Organization, services: [JSONValue]?) -> JSONValue {
        var members = organizationFields(organization)
        let id = JSONValue.string(organization.uuid.lowercasedString)
        members.append(("phones", .array(organization.contacts.phone.map {
            [phone(id: HSDSIdentifiers.organizationPart(organization.uuid, "phone"), number: $0, owner: ("organization_id", id))]
        } ?? [])))
        var identifiers: [JSONValue] = []
        for (kind, value) in [("codice_fiscale", organization.taxCode), ("partita_iva", organization.vatNumber)] {
            guard let value, !value.isEmpty else { continue }
            identifiers.append(.object([
                ("id", .string(HSDSIdentifiers.organizationPart(organization.uuid, kind))), ("organization_id", id),
                ("identifier_scheme", .string("IT")), ("identifier_type", .string(kind)), ("identifier", .string(value)),
            ]))
        }
        members.append(("organization_identifiers", .array(identifiers)))
        if let services { members.append(("services", .array(services))) }
        return .object(members)
    }

    private func organizationFields(_ organization: Organization) -> [(String, JSONValue)] {
        [
            ("id", .string(organization.uuid.lowercasedString)),
            ("name", .string(organization.name)),
            ("description", .string(organization.fields.description)),
            ("email", .optional(organization.contacts.email)),
            ("website", .optional(organization.contacts.website)),
            ("tax_id", .optional(organization.taxCode)),
            ("legal_status", .string(organization.kindCode)),
            ("uri", .string(site.absoluteURL("/enti/\(organization.slug)"))),
        ].filter { if case .null = $0.1 { false } else { true } }
    }

    private func phone(id: String, number: String, owner: (String, JSONValue)) -> JSONValue {
        .object([("id", .string(id)), owner, ("number", .string(number))])
    }

    // MARK: Vocabularies

    func taxonomy(_ taxonomy: Taxonomy) -> JSONValue {
        .object([("id", .string(HSDSIdentifiers.taxonomy(taxonomy))), ("name", .string(taxonomy.rawValue)),
                 ("description", .string(taxonomy.label)), ("version", .string("1"))])
    }

    func taxonomyTerm(_ taxonomy: Taxonomy, _ term: TaxonomyTerm) -> JSONValue {
        .object([
            ("id", .string(HSDSIdentifiers.term(taxonomy, term.code))), ("code", .string(term.code)),
            ("name", .string(term.label)), ("description", .string(term.description.isEmpty ? term.label : term.description)),
            ("taxonomy", .string(taxonomy.rawValue)), ("language", .string("it")),
            ("taxonomy_id", .string(HSDSIdentifiers.taxonomy(taxonomy))),
        ])
    }

    // MARK: Territories

    /// ISTAT-based URIs: `urn:istat:comune:001272`, `urn:istat:provincia:001`, `urn:istat:regione:01`;
    /// custom areas: `urn:vetrina:area:<code>`.
    func uri(_ territory: TerritoryRef) -> String {
        switch territory.kind {
        case .comune: "urn:istat:comune:\(territory.code)"
        case .province: "urn:istat:provincia:\(provinceISTAT[territory.code] ?? territory.code)"
        case .region: "urn:istat:regione:\(territory.code)"
        case .area: "urn:vetrina:area:\(territory.code)"
        }
    }
}
