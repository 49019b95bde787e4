/// Checks a contact request, one Italian message per field in form order (STYLE 11).
public struct ContactRequestValidator: Sendable {
    public init() {}

    /// Field ids: `firm_name`, `size_band`, `comune`, `contact_name`, `contact_email`,
    /// `contact_phone`, `message`, `consent`.
    public func validate(_ d: ContactRequestDraft) -> [FieldError] {
        var list = FieldErrorList()
        list.add(TextRules.required(d.firmName, field: "firm_name", message: "Scrivi il nome dell'impresa"))
        list.add(TextRules.maxLength(d.firmName, max: 200, field: "firm_name", label: "Il nome dell'impresa"))
        if d.sizeBand == nil { list.add(FieldError(field: "size_band", message: "Scegli quante persone lavorano nell'impresa")) }
        if d.comuneID == nil { list.add(FieldError(field: "comune", message: "Scrivi il comune della sede dell'impresa")) }
        list.add(TextRules.required(d.contactName, field: "contact_name", message: "Scrivi il nome della persona da contattare"))
        list.add(TextRules.maxLength(d.contactName, max: 200, field: "contact_name", label: "Il nome della persona"))
        list.add(TextRules.required(d.contactEmail, field: "contact_email", message: "Scrivi l'indirizzo e-mail a cui rispondere"))
        list.add(ContactRules.email(d.contactEmail, field: "contact_email"))
        list.add(ContactRules.phone(d.contactPhone.isEmpty ? nil : d.contactPhone, field: "contact_phone"))
        list.add(TextRules.required(d.message, field: "message", message: "Scrivi che cosa vuoi sapere"))
        list.add(TextRules.maxLength(d.message, max: 4_000, field: "message", label: "Il messaggio"))
        if !d.consent {
            list.add(FieldError(field: "consent", message: "Per inviare la richiesta accetta l'informativa sul trattamento dei dati"))
        }
        return list.errors
    }
}
