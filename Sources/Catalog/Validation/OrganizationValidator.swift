/// Checks an organisation (ente) before it is saved; forms and the CSV import share it.
///
/// Field ids: `name`, `slug`, `kind`, `description`, `tax_code`, `vat_number`, `phone`,
/// `email`, `pec`, `website`, `address`, `postal_code`.
public struct OrganizationValidator: Sendable {
    /// Longest accepted name, in characters.
    var maxNameLength = 200

    public init() {}

    /// Every problem with `draft`, in form order; empty when it may be saved.
    public func validate(_ draft: OrganizationDraft) -> [FieldError] {
        var list = FieldErrorList()
        list.add(TextRules.required(draft.name, field: "name", message: "Inserisci il nome dell'ente"))
        list.add(TextRules.maxLength(draft.name, max: maxNameLength, field: "name", label: "Il nome"))
        list.add(TextRules.slug(draft.slug))
        list.add(TextRules.required(draft.kindCode, field: "kind", message: "Scegli il tipo di ente"))
        list.add(TextRules.maxLength(draft.description, max: 10_000, field: "description", label: "La descrizione"))
        list.add(TaxCodeRules.codiceFiscale(draft.taxCode))
        list.add(TaxCodeRules.partitaIVA(draft.vatNumber))
        list.add(ContactRules.phone(draft.contacts.phone, field: "phone"))
        list.add(ContactRules.email(draft.contacts.email, field: "email"))
        list.add(ContactRules.email(draft.pec, field: "pec"))
        list.add(ContactRules.webURL(draft.contacts.website, field: "website"))
        list.add(TextRules.maxLength(draft.address, max: 200, field: "address", label: "L'indirizzo"))
        list.add(Self.postalCode(draft.postalCode))
        return list.errors
    }

    /// Error when a present CAP is not five digits.
    static func postalCode(_ value: String?, field: String = "postal_code") -> FieldError? {
        guard let t = TextRules.trimmed(value) else { return nil }
        let ok = t.count == 5 && t.allSatisfy { $0.isASCII && $0.isNumber }
        return ok ? nil : FieldError(field: field, message: "Il CAP deve avere 5 cifre, ad esempio 12084")
    }
}
