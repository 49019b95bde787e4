import Catalog
import Foundation
import Storage

/// Reads one HSDS service object (as `HSDSEncoder.service` writes it) back into the catalog's
/// drafts: the inverse of the encoder as far as the model holds the facts. Lookups of
/// territories and comuni go through `db`; problems throw `HSDSImportError` naming the field.
struct HSDSServiceMapper {
    let db: Connection
    let position: String
    /// Writes the areas a record needs and this portal lacks.
    var writer = SystemCatalogWriter(author: HSDSImporter.author)

    func fail(_ field: String, _ reason: String) -> HSDSImportError {
        HSDSImportError(position: position, field: field, reason: reason)
    }

    func string(_ object: [String: Any], _ key: String, in path: String = "") -> String? {
        object[key] as? String
    }

    func required(_ object: [String: Any], _ key: String, in path: String = "") throws(HSDSImportError) -> String {
        guard let value = object[key] as? String, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail(path + key, "manca o è vuoto.")
        }
        return value
    }

    func uuid(_ object: [String: Any], _ key: String, in path: String = "") throws(HSDSImportError) -> UUID {
        let text = try required(object, key, in: path)
        guard let uuid = UUID(uuidString: text) else { throw fail(path + key, "«\(text)» non è un UUID.") }
        return uuid
    }

    func objects(_ object: [String: Any], _ key: String, in path: String = "") throws(HSDSImportError) -> [[String: Any]] {
        guard let value = object[key] else { return [] }
        guard let list = value as? [[String: Any]] else { throw fail(path + key, "atteso un elenco di oggetti.") }
        return list
    }

    func integer(_ object: [String: Any], _ key: String) throws(HSDSImportError) -> Int? {
        guard let value = object[key] else { return nil }
        guard let number = value as? NSNumber, number.doubleValue == number.doubleValue.rounded() else {
            throw fail(key, "atteso un numero intero.")
        }
        return number.intValue
    }

    /// Splits text the encoder joined with a blank line back into its two fields.
    static func split(_ text: String?) -> (String, String) {
        guard let text, !text.isEmpty else { return ("", "") }
        guard let range = text.range(of: "\n\n") else { return (text, "") }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }

    // MARK: Organisation

    struct OrganizationRecord {
        var uuid: UUID
        var name: String
        var kindCode: String
        var description: String
        var slug: String
        var contacts: Contacts
        var taxCode: String?
        var vatNumber: String?
    }

    func organization(_ object: [String: Any]) throws(HSDSImportError) -> OrganizationRecord {
        let path = "organization."
        var taxCode = string(object, "tax_id")
        var vatNumber: String?
        for identifier in try objects(object, "organization_identifiers", in: path) {
            switch identifier["identifier_type"] as? String {
            case "codice_fiscale": taxCode = identifier["identifier"] as? String
            case "partita_iva": vatNumber = identifier["identifier"] as? String
            default: continue
            }
        }
        let uri = string(object, "uri") ?? ""
        let slug = uri.range(of: "/enti/").map { String(uri[$0.upperBound...]) } ?? ""
        let phone = try objects(object, "phones", in: path).first?["number"] as? String
        return OrganizationRecord(
            uuid: try uuid(object, "id", in: path), name: try required(object, "name", in: path),
            kindCode: try required(object, "legal_status", in: path), description: string(object, "description") ?? "",
            slug: slug, contacts: Contacts(phone: phone, email: string(object, "email"), website: string(object, "website")),
            taxCode: taxCode, vatNumber: vatNumber)
    }

    // MARK: Service

    struct ServiceRecord {
        var uuid: UUID
        var lastModified: Date
        var draft: ServiceDraft
    }

    func service(_ object: [String: Any], organizationId: Int64) throws(HSDSImportError) -> ServiceRecord {
        let uuid = try uuid(object, "id")
        guard let lastModified = OpenDataTime.parse(try required(object, "last_modified")) else {
            throw fail("last_modified", "data e ora non valide (atteso RFC 3339).")
        }
        let (summary, description) = Self.split(string(object, "description"))
        let (audience, conditions) = Self.split(string(object, "eligibility_description"))
        var draft = ServiceDraft(organizationId: organizationId, title: try required(object, "name"), serviceTypeCode: "")
        draft.summary = summary
        draft.description = description
        draft.audience = audience
        draft.conditions = conditions
        draft.howToAccess = string(object, "application_process") ?? ""
        draft.timesAndDeadlines = string(object, "wait_time") ?? ""
        draft.ageMin = try integer(object, "minimum_age")
        draft.ageMax = try integer(object, "maximum_age")
        if let assured = string(object, "assured_date") {
            guard let date = OpenDataTime.parse(assured) else { throw fail("assured_date", "data non valida (atteso AAAA-MM-GG).") }
            draft.lastVerifiedAt = date.addingTimeInterval(12 * 3_600)
        }
        draft.status = .published
        draft.source = "Importazione HSDS"
        draft.contacts = Contacts(
            phone: try objects(object, "phones").first?["number"] as? String,
            email: string(object, "email"), website: string(object, "url"),
            referent: try objects(object, "contacts").first?["name"] as? String,
            hours: try objects(object, "schedules").first?["description"] as? String)
        draft.requiredDocuments = try objects(object, "required_documents").first?["document"] as? String ?? ""
        draft.languageCodes = try objects(object, "languages").enumerated().map { (index, language) throws(HSDSImportError) in
            try required(language, "code", in: "languages[\(index)].")
        }
        try applyAttributes(try objects(object, "attributes"), to: &draft)
        try applyCost(object, to: &draft)
        draft.servedTerritoryIds = try serviceAreas(try objects(object, "service_areas"))
        draft.locations = try locations(try objects(object, "service_at_locations"))
        return ServiceRecord(uuid: uuid, lastModified: lastModified, draft: draft)
    }

    private func applyAttributes(_ attributes: [[String: Any]], to draft: inout ServiceDraft) throws(HSDSImportError) {
        for (index, attribute) in attributes.enumerated() {
            let path = "attributes[\(index)]."
            let type = try required(attribute, "link_type", in: path)
            guard let taxonomy = Taxonomy(rawValue: type) else { throw fail(path + "link_type", "vocabolario «\(type)» sconosciuto.") }
            guard let term = attribute["taxonomy_term"] as? [String: Any] else { throw fail(path + "taxonomy_term", "manca.") }
            let code = try required(term, "code", in: path + "taxonomy_term.")
            switch taxonomy {
            case .serviceType: draft.serviceTypeCode = code
            case .need: draft.needCodes.append(code)
            case .target: draft.targetCodes.append(code)
            case .deliveryMode: draft.deliveryModeCodes.append(code)
            case .paymentMethod: draft.cost.paymentMethodCodes.append(code)
            case .tuirCategory: draft.tuirCategoryCode = code
            case .organizationKind: throw fail(path + "link_type", "un servizio non ha un tipo di ente.")
            }
        }
        guard !draft.serviceTypeCode.isEmpty else { throw fail("attributes", "manca il tipo di servizio (service_type).") }
    }

    /// Cost kind and validity from `cost_options[0]`; amounts, unit and notes from
    /// `fees_description` ("label — da 10 € a 20 € — unit — notes"), which the encoder writes in full.
    private func applyCost(_ object: [String: Any], to draft: inout ServiceDraft) throws(HSDSImportError) {
        guard let option = try objects(object, "cost_options").first else { return }
        let label = try required(option, "option", in: "cost_options[0].")
        guard let kind = CostKind.allCases.first(where: { $0.label == label }) else {
            throw fail("cost_options[0].option", "tipo di costo «\(label)» sconosciuto.")
        }
        draft.cost.kind = kind
        for (key, keyPath) in [("valid_from", \ServiceDraft.validFrom), ("valid_to", \ServiceDraft.validTo)] {
            guard let text = option[key] as? String else { continue }
            guard let day = CalendarDay(iso: text) else { throw fail("cost_options[0].\(key)", "data non valida (atteso AAAA-MM-GG).") }
            draft[keyPath: keyPath] = day
        }
        var parts = (string(object, "fees_description") ?? "").components(separatedBy: " — ")
        if parts.first == label { parts.removeFirst() }
        if let first = parts.first, let (min, max) = Self.amounts(first) {
            draft.cost.minCents = min
            draft.cost.maxCents = max
            parts.removeFirst()
        }
        if parts.count >= 2 {
            draft.cost.unit = parts[0]
            draft.cost.notes = parts.dropFirst().joined(separator: " — ")
        } else if let only = parts.first {
            draft.cost.notes = only
        }
    }

    /// "12 €", "da 10 € a 20,50 €", "fino a 30 €" → cents.
    static func amounts(_ text: String) -> (Int?, Int?)? {
        func cents(_ euro: String) -> Int? {
            guard euro.hasSuffix(" €") else { return nil }
            let number = euro.dropLast(2).split(separator: ",", omittingEmptySubsequences: false)
            guard let whole = Int(number[0]), whole >= 0 else { return nil }
            guard number.count == 2 else { return number.count == 1 ? whole * 100 : nil }
            guard number[1].count == 2, let rest = Int(number[1]) else { return nil }
            return whole * 100 + rest
        }
        if text.hasPrefix("fino a "), let max = cents(String(text.dropFirst(7))) { return (nil, max) }
        if text.hasPrefix("da "), let range = text.range(of: " a "),
           let min = cents(String(text[text.index(text.startIndex, offsetBy: 3)..<range.lowerBound])),
           let max = cents(String(text[range.upperBound...])) { return (min, max) }
        if let value = cents(text) { return (value, value) }
        return nil
    }

    private func serviceAreas(_ areas: [[String: Any]]) throws(HSDSImportError) -> [Int64] {
        var ids: [Int64] = []
        for (index, area) in areas.enumerated() {
            let path = "service_areas[\(index)]."
            let type = try required(area, "extent_type", in: path)
            let uri = try required(area, "uri", in: path)
            guard let kind = TerritoryKind(rawValue: type) else { throw fail(path + "extent_type", "tipo di territorio «\(type)» sconosciuto.") }
            let code = String(uri.split(separator: ":").last ?? "")
            let sql = kind == .province
                ? "SELECT t.id FROM territory t JOIN province p ON p.id = t.id WHERE p.istat_code = ? OR p.code = ?"
                : "SELECT id FROM territory WHERE kind = '\(kind.rawValue)' AND code = ? AND code = ?"
            var id: Int64?
            do { id = try db.scalar(sql, code, code) } catch { throw fail(path + "uri", "errore del database: \(error)") }
            if id == nil, kind == .area, !code.isEmpty { id = try createArea(code: code, name: try required(area, "name", in: path)) }
            guard let id else { throw fail(path + "uri", "territorio «\(uri)» non presente in questo database.") }
            ids.append(id)
        }
        return ids
    }

    /// A custom area the other portal defined and this one lacks: created with its code and
    /// name and no comuni yet (an administrator assigns them in the areas page), so the card
    /// keeps saying whom it serves.
    private func createArea(code: String, name: String) throws(HSDSImportError) -> Int64 {
        do {
            return try writer.insertPlaceholderArea(code: code, name: name,
                                                    description: "Area importata da un file HSDS: comuni da assegnare.", in: db)
        } catch {
            throw fail("service_areas.uri", "impossibile creare l'area «\(code)»: \(error)")
        }
    }

    private static let confidentialNote = "Indirizzo riservato: si indica solo il comune."

    private func locations(_ places: [[String: Any]]) throws(HSDSImportError) -> [ServiceLocation] {
        var locations: [ServiceLocation] = []
        for (index, place) in places.enumerated() {
            let path = "service_at_locations[\(index)].location."
            guard let location = place["location"] as? [String: Any] else { throw fail("service_at_locations[\(index)].location", "manca.") }
            let code = try required(location, "external_identifier", in: path)
            let comuneId: Int64?
            do { comuneId = try db.scalar("SELECT id FROM territory WHERE kind = 'comune' AND code = ?", code) } catch {
                throw fail(path + "external_identifier", "errore del database: \(error)")
            }
            guard let comuneId else { throw fail(path + "external_identifier", "comune ISTAT «\(code)» non presente in questo database.") }
            var notes = string(location, "description") ?? ""
            let address = try objects(location, "addresses", in: path).first
            let confidential = address == nil && notes.hasPrefix(Self.confidentialNote)
            if confidential { notes = String(notes.dropFirst(Self.confidentialNote.count)).trimmingCharacters(in: .whitespaces) }
            func nonEmpty(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
            locations.append(ServiceLocation(
                name: string(location, "name") ?? "", address: nonEmpty(address?["address_1"] as? String),
                postalCode: nonEmpty(address?["postal_code"] as? String), comuneId: comuneId,
                openingHours: try objects(place, "schedules").first?["description"] as? String,
                notes: notes, isConfidential: confidential))
        }
        return locations
    }
}
