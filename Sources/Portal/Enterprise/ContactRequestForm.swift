import Catalog
import HTTPServer

/// The contact form's fields ↔ a `ContactRequestDraft`, with the typed comune kept for the page.
struct ContactRequestForm: Sendable {
    var draft = ContactRequestDraft()
    var comuneText = ""
    var errors: [FieldError] = []

    init() {}

    /// Reads a submitted form and resolves the comune; `errors` holds every problem in form order.
    init(form: URLEncodedForm, catalog: any PortalCatalog) throws {
        let text = { (name: String) in String((form[name] ?? "").trimmingWhitespace().prefix(5_000)) }
        draft.firmName = text("firm_name")
        draft.sizeBand = FirmSizeBand(rawValue: text("size_band"))
        draft.contactName = text("contact_name")
        draft.contactEmail = text("contact_email")
        draft.contactPhone = text("contact_phone")
        draft.message = text("message")
        draft.consent = form["consent"] == "1"
        comuneText = String(text("comune").prefix(80))
        var comuneError: FieldError?
        if !comuneText.isEmpty {
            switch try catalog.resolveComune(comuneText) {
            case .found(let comune): draft.comuneID = comune.id
            case .ambiguous(let comuni):
                comuneError = FieldError(field: "comune", message: "«\(comuneText)» corrisponde a più comuni: scrivi anche la provincia, per esempio «\(comuni[0].name) (\(comuni[0].provinceCode))»")
            case .notFound:
                comuneError = FieldError(field: "comune", message: "Non troviamo il comune «\(comuneText)» in Piemonte: controlla come è scritto")
            }
        }
        var list = FieldErrorList()
        for error in ContactRequestValidator().validate(draft) {
            list.add(error.field == "comune" ? (comuneError ?? error) : error)
        }
        errors = list.errors
    }
}
