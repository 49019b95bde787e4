import Catalog
import Foundation
import HTTPServer
import Accounts

/// Organisations (enti): list, new, edit, with the catalog's `OrganizationValidator`. Editors
/// and admins save live; an operatore_ente's save becomes a proposal an editor approves or
/// rejects (`OrganizationEditor`), and never touches the `verified` badge.
struct AdminOrganizationHandler: Sendable {
    let environment: AdminEnvironment
    let gate: AdminGate
    let page: AdminPageView
    var editor: OrganizationEditor { environment.organizationEditor }
    var repository: OrganizationRepository { OrganizationRepository(pool: environment.database) }
    var view: AdminOrganizationView { AdminOrganizationView(page: page) }

    /// GET /admin/enti
    func list(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let all = try AdminVocabulary.load(from: environment.database).organizations
        let visible = all.filter { AccessPolicy.allows(context.user, .proposeOrganizationChange(organizationID: $0.id)) }
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
        if let id { try gate.require(.proposeOrganizationChange(organizationID: id), context) } else { try gate.require(.manageOrganizations, context) }
        let live = id.map { AccessPolicy.allows(context.user, .editOrganization(organizationID: $0)) } ?? true
        let vocabulary = try vocabulary()
        let comuneText = (form["comune"] ?? "").trimmingCharacters(in: .whitespaces)
        let draft = Self.draft(form, comuneID: vocabulary.comune(matching: comuneText)?.id)
        var errors = OrganizationValidator().validate(draft)
        if !comuneText.isEmpty && draft.comuneId == nil {
            errors.append(FieldError(fieldID: "comune", message: "Non troviamo il comune «\(comuneText)»"))
        }
        if errors.isEmpty {
            do {
                if let id, !live {
                    try editor.propose(id: id, with: draft, by: context.user)
                    return HTMLResponse.redirect(to: "/admin/enti/\(id)?proposta=1")
                }
                let saved = try id.map { try editor.update(id: $0, with: draft, by: context.user) } ?? editor.create(draft, by: context.user)
                return HTMLResponse.redirect(to: "/admin/enti/\(saved.id)?salvato=1")
            } catch CatalogError.invalid(let more) { errors += more }
        }
        return HTMLResponse.page(view.form(draft, id: id, vocabulary: vocabulary, comune: comuneText, context: context, errors: errors,
                                           live: live), status: .unprocessableContent, cache: .none)
    }

    /// GET /admin/enti/{id}
    func editForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        guard let id = Int64(request.pathParameters["id"] ?? "") else { throw PortalError.notFound(what: nil) }
        try gate.require(.proposeOrganizationChange(organizationID: id), context)
        let org: Organization
        do { org = try repository.organization(id: id) } catch CatalogError.notFound { throw PortalError.notFound(what: "Questo ente non esiste.") }
        let vocabulary = try vocabulary()
        let live = AccessPolicy.allows(context.user, .editOrganization(organizationID: id))
        let proposal = try editor.proposal(for: id, by: context.user)
        let shown = (live ? nil : proposal?.draft) ?? org.fields
        let comune = shown.comuneId.flatMap { vocabulary.territoryName($0) } ?? ""
        let query = try? request.queryParameters()
        let notice = Self.notices.first { query?[$0.key] != nil }?.text
        return HTMLResponse.page(view.form(shown, id: id, vocabulary: vocabulary, comune: comune, context: context, errors: [],
                                           notice: notice, live: live, proposal: proposal), cache: .none)
    }

    static let notices: [(key: String, text: String)] = [
        ("salvato", "Ente salvato."),
        ("proposta", "Modifica inviata in revisione: finché un redattore non la approva, il sito mostra i dati attuali."),
        ("approvata", "Modifica approvata e pubblicata."), ("rifiutata", "Modifica rifiutata: l'ente non è cambiato."),
    ]

    /// POST /admin/enti/{id}/proposta/approva
    func approve(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = try Self.id(request)
        try gate.require(.editOrganization(organizationID: id), context)
        do {
            _ = try editor.approveProposal(id: id, by: context.user)
        } catch CardEditError.proposalNotFound {
            throw PortalError.notFound(what: "Non c'è nessuna modifica in attesa di revisione per questo ente.")
        }
        return HTMLResponse.redirect(to: "/admin/enti/\(id)?approvata=1")
    }

    /// POST /admin/enti/{id}/proposta/rifiuta
    func reject(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = try Self.id(request)
        try gate.require(.editOrganization(organizationID: id), context)
        do {
            try editor.rejectProposal(id: id, reason: form["reason"], by: context.user)
        } catch CardEditError.proposalNotFound {
            throw PortalError.notFound(what: "Non c'è nessuna modifica in attesa di revisione per questo ente.")
        } catch CardEditError.rejectReasonMissing {
            throw PortalError.invalidParameters([CardEditError.rejectReasonMissing.message + "."])
        }
        return HTMLResponse.redirect(to: "/admin/enti/\(id)?rifiutata=1")
    }

    static func id(_ request: HTTPRequest) throws -> Int64 {
        guard let id = Int64(request.pathParameters["id"] ?? ""), id > 0 else { throw PortalError.notFound(what: "Questo ente non esiste.") }
        return id
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
