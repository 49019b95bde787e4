import Catalog
import Foundation
import HTTPServer

/// The card form's fields ↔ a `ServiceDraft`. Field names are the `ServiceValidator` field ids,
/// so one list of errors drives the summary and the inline messages (STYLE 11).
///
/// Values that cannot be parsed (an age of "dieci", a date of "31/02") produce an error and are
/// kept as typed in `raw`, so the form shows exactly what the user entered.
struct ServiceDraftForm: Sendable {
    var draft: ServiceDraft
    var raw: [String: String] = [:]
    var errors: [FieldError] = []
    /// How many location blocks the form shows (existing ones plus one empty).
    var locationSlots: Int { draft.locations.count + 1 }

    init(draft: ServiceDraft) { self.draft = draft }

    /// Reads a submitted form.
    init(form: URLEncodedForm, vocabulary: AdminVocabulary) {
        let text = { (name: String) in (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let optional = { (name: String) -> String? in let v = text(name); return v.isEmpty ? nil : v }
        draft = ServiceDraft(organizationId: Int64(text("organization_id")) ?? 0, title: text("title"),
                             serviceTypeCode: text("service_type"))
        draft.slug = text("slug")
        // An edit keeps the card's address; only this explicit choice makes a new one (the old one redirects).
        if form["rinnova_indirizzo"] == "1" { draft.slug = Slug.make(draft.title, fallback: "servizio") }
        draft.summary = text("summary")
        draft.description = text("description")
        draft.needCodes = form.values(for: "needs")
        draft.targetCodes = form.values(for: "targets")
        draft.deliveryModeCodes = form.values(for: "delivery_modes")
        draft.audience = text("audience")
        draft.howToAccess = text("how_to_access")
        draft.requiredDocuments = text("required_documents")
        draft.outcome = text("outcome")
        draft.timesAndDeadlines = text("times_and_deadlines")
        draft.conditions = text("conditions")
        draft.accessibilityNotes = text("accessibility_notes")
        draft.languageCodes = text("languages").split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.lowercased() }
        draft.welfareNotes = text("welfare_notes")
        draft.tuirCategoryCode = optional("tuir_category")
        draft.welfarePaymentMode = optional("welfare_payment_mode").flatMap(WelfarePaymentMode.init(rawValue:))
        draft.welfareFirmSteps = optional("welfare_firm_steps")
        if let mode = optional("welfare_payment_mode"), draft.welfarePaymentMode == nil {
            raw["welfare_payment_mode"] = mode
            errors.append(FieldError(fieldID: "welfare_payment_mode", message: "Scegli come paga il piano welfare dall'elenco"))
        }
        draft.contacts = Contacts(phone: optional("contact_phone"), email: optional("contact_email"),
                                  website: optional("contact_website"), referent: optional("contact_referent"),
                                  hours: optional("contact_hours"))
        draft.source = text("source")
        draft.externalId = optional("external_id")
        readNumbers(text)
        readCost(form, text)
        readPlaces(form, text, vocabulary)
        readTerritories(form, text, vocabulary)
    }

    private mutating func readNumbers(_ text: (String) -> String) {
        draft.ageMin = integer("age_min", text("age_min"), "L'età minima deve essere un numero intero di anni")
        draft.ageMax = integer("age_max", text("age_max"), "L'età massima deve essere un numero intero di anni")
        draft.validFrom = day("valid_from", text("valid_from"))
        draft.validTo = day("valid_to", text("valid_to"))
    }

    private mutating func readCost(_ form: URLEncodedForm, _ text: (String) -> String) {
        draft.cost = CostModel(kind: CostKind(rawValue: text("cost_kind")) ?? .unknown,
                               minCents: cents("cost_min", text("cost_min")), maxCents: cents("cost_max", text("cost_max")),
                               unit: text("cost_unit"), paymentMethodCodes: form.values(for: "payment_methods"),
                               notes: text("cost_notes"))
    }

    private mutating func readPlaces(_ form: URLEncodedForm, _ text: (String) -> String, _ vocabulary: AdminVocabulary) {
        var places: [ServiceLocation] = []
        for index in 1...20 {
            let prefix = "location_\(index)_"
            let comune = text(prefix + "comune"), address = text(prefix + "address"), name = text(prefix + "name")
            if comune.isEmpty && address.isEmpty && name.isEmpty { continue }
            let match = vocabulary.comune(matching: comune)
            if match == nil {
                raw[prefix + "comune"] = comune
                errors.append(FieldError(fieldID: prefix + "comune",
                                         message: comune.isEmpty ? "Indica il comune del luogo \(index)" : "Non troviamo il comune «\(comune)»: scrivi il nome per intero"))
            }
            places.append(ServiceLocation(
                id: Int64(text(prefix + "id")), name: name, address: address.isEmpty ? nil : address,
                postalCode: text(prefix + "postal_code").isEmpty ? nil : text(prefix + "postal_code"),
                comuneId: match?.id ?? 0, openingHours: text(prefix + "hours").isEmpty ? nil : text(prefix + "hours"),
                isConfidential: form[prefix + "confidential"] == "1"))
        }
        draft.locations = places
    }

    private mutating func readTerritories(_ form: URLEncodedForm, _ text: (String) -> String, _ vocabulary: AdminVocabulary) {
        var ids = form.values(for: "territories").compactMap { Int64($0) }
        var unknown: [String] = []
        for name in text("territory_comuni").split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if let comune = vocabulary.comune(matching: trimmed) { ids.append(comune.id) } else if !trimmed.isEmpty { unknown.append(trimmed) }
        }
        if !unknown.isEmpty {
            raw["territory_comuni"] = text("territory_comuni")
            errors.append(FieldError(fieldID: "territory_comuni", message: "Comuni non trovati: \(unknown.joined(separator: ", "))"))
        }
        draft.servedTerritoryIds = ids
    }

    private mutating func integer(_ field: String, _ value: String, _ message: String) -> Int? {
        if value.isEmpty { return nil }
        if let number = Int(value) { return number }
        raw[field] = value
        errors.append(FieldError(fieldID: field, message: message))
        return nil
    }

    private mutating func day(_ field: String, _ value: String) -> CalendarDay? {
        if value.isEmpty { return nil }
        if let day = CalendarDay(iso: value) { return day }
        raw[field] = value
        errors.append(FieldError(fieldID: field, message: "Scrivi una data valida, per esempio 2025-03-31"))
        return nil
    }

    private mutating func cents(_ field: String, _ value: String) -> Int? {
        if value.isEmpty { return nil }
        let normalised = value.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: ",", with: ".")
        if Self.isPlainAmount(normalised),
           let euros = Decimal(string: normalised, locale: Locale(identifier: "en_US_POSIX")), euros < 10_000_000 {
            var scaled = euros * 100, rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 0, .plain)
            if rounded == scaled { return NSDecimalNumber(decimal: rounded).intValue }
        }
        raw[field] = value
        errors.append(FieldError(fieldID: field, message: "Scrivi un importo in euro, per esempio 12,50"))
        return nil
    }

    /// Digits with at most one decimal point: `Decimal(string:)` alone would read "12abc" as 12,
    /// "12.5.3" as 12.5 and "1e5" as 100000.
    static func isPlainAmount(_ text: String) -> Bool {
        text.contains { $0.isASCII && $0.isNumber } && text.filter { $0 == "." }.count <= 1
            && text.allSatisfy { $0 == "." || ($0.isASCII && $0.isNumber) }
    }

    /// All errors to show: parse errors first, then the validator's (one per field).
    mutating func validate() {
        let parsed = Set(errors.map(\.fieldID))
        for error in ServiceValidator().validate(draft) where !parsed.contains(error.field) {
            errors.append(FieldError(fieldID: Self.formField(error.field), message: error.message))
        }
    }

    /// Adds store-side errors (unknown codes) after a save attempt.
    mutating func add(_ catalogErrors: [Catalog.FieldError]) {
        for error in catalogErrors where !errors.contains(where: { $0.fieldID == Self.formField(error.field) }) {
            errors.append(FieldError(fieldID: Self.formField(error.field), message: error.message))
        }
    }

    /// Validator ids whose control has another id in the form.
    static func formField(_ field: String) -> String {
        switch field {
        case "locations": return "location_1_comune"
        case "slug": return "title"
        default: return field
        }
    }
}
