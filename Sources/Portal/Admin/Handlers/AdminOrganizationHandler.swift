import Catalog
import Foundation
import HTTPServer

/// Organisations (enti): list, new, edit, with the catalog's `OrganizationValidator`.
struct AdminOrganizationHandler: Sendable {
    let environment: AdminEnvironment
    let gate: AdminGate
    let page: AdminPageView
    var editor: OrganizationEditor { OrganizationEditor(database: environment.database, clock: environment.clock) }
    var repository: OrganizationRepository { OrganizationRepository(pool: environment.database) }
    var view: AdminOrganizationView { AdminOrganizationView(page: page) }

    /// GET /admin/enti
    func list(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let all = try AdminVocabulary.load(from: environment.database).organizations
        let visible = all.filter { AccessPolicy.allows(context.user, .editOrganization(organizationID: $0.id)) }
        return HTMLResponse.page(view.list(visible, context: context), cache: .none)
    }

    /// GET /admin/enti/nuovo
    func newForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        try gate.require(.manageOrganizations, context)
        let draft = OrganizationDraft(name: "", kindCode: "", source: "Area operatori")
        return HTMLResponse.page(view.form(draft, id: nil, vocabulary: try vocabulary(), comune: "", context: context, errors: []), cache: .none)
    }

    /// POST /admin/enti/nuovo and /admin/enti/{id}
    func save(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = request.pathParameters["id"].flatMap { Int64($0) }
        if let id { try gate.require(.editOrganization(organizationID: id), context) } else { try gate.require(.manageOrganizations, context) }
        let vocabulary = try vocabulary()
        let comuneText = (form["comune"] ?? "").trimmingCharacters(in: .whitespaces)
        let draft = Self.draft(form, comuneID: vocabulary.comune(matching: comuneText)?.id)
        var errors = OrganizationValidator().validate(draft)
        if !comuneText.isEmpty && draft.comuneId == nil {
            errors.append(FieldError(fieldID: "comune", message: "Non troviamo il comune «\(comuneText)»"))
        }
        if errors.isEmpty {
            do {
                let saved = try id.map { try editor.update(id: $0, with: draft, by: context.user) } ?? editor.create(draft, by: context.user)
                return HTMLResponse.redirect(to: "/admin/enti/\(saved.id)?salvato=1")
            } catch CatalogError.invalid(let more) { errors += more }
        }
        return HTMLResponse.page(view.form(draft, id: id, vocabulary: vocabulary, comune: comuneText, context: context, errors: errors),
                                 status: .unprocessableContent, cache: .none)
    }

    /// GET /admin/enti/{id}
    func editForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        guard let id = Int64(request.pathParameters["id"] ?? "") else { throw PortalError.notFound(what: nil) }
        try gate.require(.editOrganization(organizationID: id), context)
        let org: Organization
        do { org = try repository.organization(id: id) } catch CatalogError.notFound { throw PortalError.notFound(what: "Questo ente non esiste.") }
        let vocabulary = try vocabulary()
        let comune = org.fields.comuneId.flatMap { vocabulary.territoryName($0) } ?? ""
        let saved = (try? request.queryParameters())?["salvato"] != nil
        return HTMLResponse.page(view.form(org.fields, id: id, vocabulary: vocabulary, comune: comune, context: context, errors: [],
                                           notice: saved ? "Ente salvato." : nil), cache: .none)
    }

    func vocabulary() throws -> AdminVocabulary { try AdminVocabulary.load(from: environment.database) }

    static func draft(_ form: URLEncodedForm, comuneID: Int64?) -> OrganizationDraft {
        let text = { (name: String) in (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let optional = { (name: String) -> String? in let v = text(name); return v.isEmpty ? nil : v }
        return OrganizationDraft(
            name: text("name"), slug: form["rinnova_indirizzo"] == "1" ? Slug.make(text("name"), fallback: "ente") : "", kindCode: text("kind"), description: text("description"), taxCode: optional("tax_code"),
            vatNumber: optional("vat_number"),
            contacts: Contacts(phone: optional("phone"), email: optional("email"), website: optional("website")),
            pec: optional("pec"), address: optional("address"), postalCode: optional("postal_code"), comuneId: comuneID,
            verified: form["verified"] == "1", source: text("source"))
    }
}
