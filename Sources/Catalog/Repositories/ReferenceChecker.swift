import Foundation
import Storage

/// Checks that the codes and ids a draft refers to exist, as field errors in Italian
/// (a foreign-key failure alone would not say which field is wrong).
struct ReferenceChecker {
    let db: Connection

    /// `serviceID`: the card being saved (nil for a new one), which may keep its own external id.
    func errors(in draft: ServiceDraft, serviceID: Int64? = nil) throws -> [FieldError] {
        var list = FieldErrorList()
        if let externalID = draft.externalId,
           let other: Int64 = try db.scalar("SELECT id FROM service WHERE external_id = ?", externalID), other != serviceID {
            list.add(FieldError(field: "external_id",
                                message: "Il codice esterno «\(externalID)» è già usato dalla scheda n. \(other): scegline un altro"))
        }
        if try !exists("organization", "id", draft.organizationId) {
            list.add(FieldError(field: "organization_id", message: "L'ente scelto non esiste"))
        }
        if try !exists("service_type", "code", draft.serviceTypeCode) {
            list.add(FieldError(field: "service_type", message: "Il tipo di servizio scelto non esiste"))
        }
        try codes(draft.needCodes, in: "need", field: "needs", message: "Bisogno sconosciuto", into: &list)
        try codes(draft.targetCodes, in: "target", field: "targets", message: "Destinatario sconosciuto", into: &list)
        try codes(draft.deliveryModeCodes, in: "delivery_mode", field: "delivery_modes",
                  message: "Modalità di fruizione sconosciuta", into: &list)
        try codes(draft.cost.paymentMethodCodes, in: "payment_method", field: "payment_methods",
                  message: "Modalità di pagamento sconosciuta", into: &list)
        if let tuir = draft.tuirCategoryCode, try !exists("tuir_category", "code", tuir) {
            list.add(FieldError(field: "tuir_category", message: "Categoria welfare aziendale sconosciuta: \(tuir)"))
        }
        for (index, location) in draft.locations.enumerated() where try !exists("comune", "id", location.comuneId) {
            list.add(FieldError(field: "location_\(index + 1)_comune", message: "Il comune del luogo \(index + 1) non esiste"))
        }
        for id in draft.servedTerritoryIds where try !exists("territory", "id", id) {
            list.add(FieldError(field: "territories", message: "Uno dei territori serviti non esiste"))
        }
        return list.errors
    }

    private func codes(_ codes: [String], in table: String, field: String, message: String,
                       into list: inout FieldErrorList) throws {
        for code in codes where try !exists(table, "code", code) {
            // An empty code (a blank CSV cell between separators) would otherwise read "…: ".
            let shown = code.trimmingCharacters(in: .whitespaces).isEmpty ? "valore vuoto" : "«\(code)»"
            list.add(FieldError(field: field, message: "\(message): \(shown)"))
        }
    }

    /// `table` and `column` are fixed identifiers from this file, never user input.
    private func exists(_ table: String, _ column: String, _ value: any SQLBindable) throws -> Bool {
        try db.queryOne("SELECT 1 FROM \(table) WHERE \(column) = ?", value) != nil
    }
}
