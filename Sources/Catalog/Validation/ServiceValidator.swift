/// Checks a service card before it is saved; forms and the CSV import share it.
///
/// Returns errors in form order, at most one per field. Field ids (for `#field` links):
/// `organization_id`, `title`, `slug`, `summary`, `description`, `service_type`, `needs`,
/// `audience`, `how_to_access`, `required_documents`, `outcome`, `times_and_deadlines`,
/// `conditions`, `age_min`, `age_max`, `languages`, `cost_kind`, `cost_min`, `cost_max`,
/// `cost_unit`, `cost_notes`, `contact_phone`, `contact_email`, `contact_website`,
/// `locations`, `location_N_comune`, `territories`, `valid_from`, `valid_to`, `archive_reason`.
/// Whether codes exist in the taxonomies is checked by the store (foreign keys), not here.
public struct ServiceValidator: Sendable {
    /// Longest accepted title, in characters.
    var maxTitleLength = 120
    /// Longest accepted short description, in characters.
    var maxSummaryLength = 400
    /// Longest accepted long text (description, how to access …), in characters.
    var maxLongTextLength = 10_000

    public init() {}

    /// Every problem with `draft`, in form order; empty when it may be saved.
    public func validate(_ draft: ServiceDraft) -> [FieldError] {
        var list = FieldErrorList()
        identity(draft, into: &list)
        texts(draft, into: &list)
        list.add(contentsOf: RangeRules.ageRange(min: draft.ageMin, max: draft.ageMax))
        if draft.languageCodes.contains(where: { !Self.isLanguageCode($0) }) {
            list.add(FieldError(field: "languages", message: "Le lingue vanno indicate con il codice di due lettere, ad esempio it, en, fr"))
        }
        cost(draft.cost, into: &list)
        list.add(ContactRules.phone(draft.contacts.phone, field: "contact_phone"))
        list.add(ContactRules.email(draft.contacts.email, field: "contact_email"))
        list.add(ContactRules.webURL(draft.contacts.website, field: "contact_website"))
        places(draft, into: &list)
        list.add(RangeRules.dateOrder(from: draft.validFrom, to: draft.validTo))
        if draft.status == .archived, TextRules.trimmed(draft.archiveReason) == nil {
            list.add(FieldError(field: "archive_reason", message: "Spiega perché la scheda è archiviata, ad esempio «progetto concluso nel 2023»"))
        }
        return list.errors
    }

    private func identity(_ draft: ServiceDraft, into list: inout FieldErrorList) {
        if draft.organizationId <= 0 {
            list.add(FieldError(field: "organization_id", message: "Scegli l'ente che offre il servizio"))
        }
        list.add(TextRules.required(draft.title, field: "title", message: "Inserisci il titolo del servizio"))
        list.add(TextRules.maxLength(draft.title, max: maxTitleLength, field: "title", label: "Il titolo"))
        list.add(TextRules.slug(draft.slug))
        list.add(TextRules.required(draft.summary, field: "summary", message: "Inserisci una breve descrizione del servizio"))
        list.add(TextRules.maxLength(draft.summary, max: maxSummaryLength, field: "summary", label: "La descrizione breve"))
        list.add(TextRules.required(draft.serviceTypeCode, field: "service_type", message: "Scegli il tipo di servizio"))
        if draft.needCodes.allSatisfy({ TextRules.trimmed($0) == nil }) {
            list.add(FieldError(field: "needs", message: "Scegli almeno un bisogno a cui risponde il servizio"))
        }
    }

    private func texts(_ draft: ServiceDraft, into list: inout FieldErrorList) {
        let fields: [(String?, String, String)] = [
            (draft.description, "description", "La descrizione"),
            (draft.audience, "audience", "Il testo «A chi è rivolto»"),
            (draft.howToAccess, "how_to_access", "Il testo «Come fare»"),
            (draft.requiredDocuments, "required_documents", "Il testo «Cosa serve»"),
            (draft.outcome, "outcome", "Il testo «Cosa si ottiene»"),
            (draft.timesAndDeadlines, "times_and_deadlines", "Il testo «Tempi e scadenze»"),
            (draft.conditions, "conditions", "Il testo «Condizioni»"),
            (draft.accessibilityNotes, "accessibility_notes", "Il testo sull'accessibilità"),
            (draft.welfareNotes, "welfare_notes", "Il testo sul welfare aziendale"),
            (draft.welfareFirmSteps, "welfare_firm_steps", "Il testo «Cosa deve fare l'impresa»"),
        ]
        for (value, field, label) in fields {
            list.add(TextRules.maxLength(value, max: maxLongTextLength, field: field, label: label))
        }
    }

    private func cost(_ cost: CostModel, into list: inout FieldErrorList) {
        list.add(contentsOf: RangeRules.cost(isFree: cost.kind == .free, minCents: cost.minCents, maxCents: cost.maxCents))
        list.add(TextRules.maxLength(cost.unit, max: 60, field: "cost_unit", label: "L'unità di costo"))
        list.add(TextRules.maxLength(cost.notes, max: 2000, field: "cost_notes", label: "Le note sui costi"))
    }

    /// Published (or in-review) cards must say where they are delivered or whom they serve.
    private func places(_ draft: ServiceDraft, into list: inout FieldErrorList) {
        for (index, location) in draft.locations.enumerated() where location.comuneId <= 0 {
            list.add(FieldError(field: "location_\(index + 1)_comune", message: "Scegli il comune del luogo \(index + 1)"))
        }
        let needsPlace = draft.status == .published || draft.status == .inReview
        if needsPlace, draft.locations.isEmpty, draft.servedTerritoryIds.isEmpty {
            list.add(FieldError(field: "territories", message: "Indica dove si svolge il servizio oppure il territorio che serve"))
        }
    }

    static func isLanguageCode(_ code: String) -> Bool {
        code.count == 2 && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
}
