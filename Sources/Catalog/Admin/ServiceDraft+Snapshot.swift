import Foundation

extension ServiceDraft {
    /// The card as labelled text fields, in form order, for history diffs and the edit-conflict
    /// screen. Keys are the form's field names (the `ServiceValidator` field ids).
    public func fieldSnapshot(names: SnapshotNames = SnapshotNames()) -> FieldSnapshot {
        typealias F = FieldSnapshot.Field
        var fields: [F] = [
            F(key: "title", label: "Titolo", value: title),
            F(key: "organization_id", label: "Ente erogatore", value: names.organization(organizationId)),
            F(key: "service_type", label: "Tipo di servizio", value: names.code(serviceTypeCode)),
            F(key: "summary", label: "Descrizione breve", value: summary),
            F(key: "description", label: "Contenuti", value: description),
            F(key: "needs", label: "Bisogni", value: names.codes(needCodes)),
            F(key: "targets", label: "Destinatari", value: names.codes(targetCodes)),
            F(key: "delivery_modes", label: "Modalità di fruizione", value: names.codes(deliveryModeCodes)),
            F(key: "audience", label: "A chi è rivolto", value: audience),
            F(key: "how_to_access", label: "Come fare", value: howToAccess),
            F(key: "required_documents", label: "Cosa serve", value: requiredDocuments),
            F(key: "outcome", label: "Cosa si ottiene", value: outcome),
            F(key: "times_and_deadlines", label: "Tempi e scadenze", value: timesAndDeadlines),
            F(key: "conditions", label: "Condizioni", value: conditions),
            F(key: "age_min", label: "Età minima", value: ageMin.map(String.init) ?? ""),
            F(key: "age_max", label: "Età massima", value: ageMax.map(String.init) ?? ""),
            F(key: "languages", label: "Lingue", value: languageCodes.joined(separator: ", ")),
            F(key: "accessibility_notes", label: "Accessibilità", value: accessibilityNotes),
        ]
        fields += costFields(names) + contactFields() + placeFields(names)
        fields += [
            F(key: "valid_from", label: "Valido dal", value: validFrom?.italian ?? ""),
            F(key: "valid_to", label: "Valido fino al", value: validTo?.italian ?? ""),
            F(key: "status", label: "Stato", value: status.label),
            F(key: "archive_reason", label: "Motivo dell'archiviazione", value: archiveReason ?? ""),
            F(key: "source", label: "Fonte", value: source),
            F(key: "external_id", label: "Codice esterno", value: externalId ?? ""),
        ]
        return FieldSnapshot(fields)
    }

    private func costFields(_ names: SnapshotNames) -> [FieldSnapshot.Field] {
        typealias F = FieldSnapshot.Field
        return [
            F(key: "cost_kind", label: "Costo", value: cost.kind.label),
            F(key: "cost_min", label: "Importo minimo", value: cost.minCents.map(Self.euro) ?? ""),
            F(key: "cost_max", label: "Importo massimo", value: cost.maxCents.map(Self.euro) ?? ""),
            F(key: "cost_unit", label: "Unità di costo", value: cost.unit),
            F(key: "payment_methods", label: "Metodi di pagamento", value: names.codes(cost.paymentMethodCodes)),
            F(key: "cost_notes", label: "Note sui costi", value: cost.notes),
            F(key: "tuir_category", label: "Welfare aziendale (art. 51 TUIR)", value: tuirCategoryCode.map { names.code($0) } ?? ""),
            F(key: "welfare_payment_mode", label: "Come paga il piano welfare", value: welfarePaymentMode?.label ?? ""),
            F(key: "welfare_firm_steps", label: "Cosa deve fare l'impresa", value: welfareFirmSteps ?? ""),
            F(key: "welfare_notes", label: "Note per le imprese", value: welfareNotes),
        ]
    }

    private func contactFields() -> [FieldSnapshot.Field] {
        typealias F = FieldSnapshot.Field
        return [
            F(key: "contact_phone", label: "Telefono", value: contacts.phone ?? ""),
            F(key: "contact_email", label: "E-mail", value: contacts.email ?? ""),
            F(key: "contact_website", label: "Sito web", value: contacts.website ?? ""),
            F(key: "contact_referent", label: "Referente", value: contacts.referent ?? ""),
            F(key: "contact_hours", label: "Orari di contatto", value: contacts.hours ?? ""),
        ]
    }

    private func placeFields(_ names: SnapshotNames) -> [FieldSnapshot.Field] {
        let places = locations.map { l in
            [l.name, l.address ?? "", l.postalCode ?? "", names.territory(l.comuneId), l.openingHours ?? "",
             l.isConfidential ? "indirizzo riservato" : ""].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        return [
            FieldSnapshot.Field(key: "locations", label: "Luoghi", value: places.joined(separator: "\n")),
            FieldSnapshot.Field(key: "territories", label: "Territorio servito",
                                value: servedTerritoryIds.map { names.territory($0) }.joined(separator: ", ")),
        ]
    }

    /// `1850` → `18,50 €`.
    static func euro(_ cents: Int) -> String {
        let remainder = cents % 100
        return "\(cents / 100),\(remainder < 10 ? "0" : "")\(remainder) €"
    }
}
