import Catalog
import HTTPServer

/// An optional comune typed in a public form, resolved with the same messages as the contact form.
enum OptionalComuneField {
    static func resolve(_ text: String, field: String, catalog: any PortalCatalog) throws -> (id: Int64?, error: FieldError?) {
        guard !text.isEmpty else { return (nil, nil) }
        switch try catalog.resolveComune(text) {
        case .found(let comune): return (comune.id, nil)
        case .ambiguous(let comuni):
            return (nil, FieldError(field: field, message: "«\(text)» corrisponde a più comuni: scrivi anche la provincia, per esempio «\(comuni[0].name) (\(comuni[0].provinceCode))»"))
        case .notFound:
            return (nil, FieldError(field: field, message: "Non troviamo il comune «\(text)» in Piemonte: controlla come è scritto"))
        }
    }
}

/// The firm's form that creates a questionnaire (`/imprese/questionario`).
struct NeedsSurveyCreateForm: Sendable {
    var firmName = ""
    var comuneText = ""
    var comuneID: Int64?
    var closesOn = ""
    var errors: [FieldError] = []

    init() {}

    init(form: URLEncodedForm, catalog: any PortalCatalog) throws {
        let text = { (name: String) in String((form[name] ?? "").trimmingWhitespace().prefix(400)) }
        firmName = text("firm_name")
        comuneText = String(text("comune").prefix(80))
        closesOn = String(text("closes_on").prefix(20))
        let comune = try OptionalComuneField.resolve(comuneText, field: "comune", catalog: catalog)
        comuneID = comune.id
        if let error = comune.error { errors.append(error) }
    }
}

/// A staff member's answer form (`/questionario/{token}`).
struct NeedsSurveyAnswerForm: Sendable {
    var answer = NeedsSurveyAnswer()
    var comuneText = ""
    var errors: [FieldError] = []

    init() {}

    init(form: URLEncodedForm, catalog: any PortalCatalog) throws {
        answer.needCodes = Set(form.values(for: "bisogni").prefix(50).map { String($0.prefix(40)) })
        answer.children = ChildrenBand(rawValue: form["figli"] ?? "")
        answer.elderlyCare = form["anziani"] == "1"
        answer.disability = form["disabilita"] == "1"
        comuneText = String((form["comune"] ?? "").trimmingWhitespace().prefix(80))
        let comune = try OptionalComuneField.resolve(comuneText, field: "comune", catalog: catalog)
        answer.comuneID = comune.id
        if let error = comune.error { errors.append(error) }
    }
}
