import Catalog
import Foundation
import HTTPServer
import Accounts

/// Users administration (admins only): list, create with a generated password shown once,
/// edit role, organisations, publish permission and active state.
struct AdminUsersHandler: Sendable {
    let environment: AdminEnvironment
    let page: AdminPageView
    var view: AdminUsersView { AdminUsersView(page: page) }

    /// GET /admin/utenti
    func list(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        HTMLResponse.page(view.list(try environment.users.all(), context: context), cache: .none)
    }

    /// GET /admin/utenti/nuovo
    func newForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let draft = UserAccountDraft(email: "", role: .organizationOperator)
        return HTMLResponse.page(view.form(draft, id: nil, organizations: try organizations(), context: context, errors: []), cache: .none)
    }

    /// POST /admin/utenti/nuovo
    func create(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let draft = Self.draft(from: form)
        let password = try GeneratedPassword.make(using: environment.random)
        do {
            let id = try environment.users.create(draft, passwordHash: try environment.hasher.hash(password), by: context.user)
            return HTMLResponse.page(view.created(email: draft.email, password: password, id: id, context: context), cache: .none)
        } catch let error as UserAccountError {
            let errors = [FieldError(fieldID: "email", message: error.message)]
            return HTMLResponse.page(view.form(draft, id: nil, organizations: try organizations(), context: context, errors: errors),
                                     status: .unprocessableContent, cache: .none)
        }
    }

    /// GET /admin/utenti/{id}
    func editForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let (id, user) = try load(request)
        let op = try environment.users.signedInOperator(id: id)
        let draft = UserAccountDraft(email: user.email, displayName: user.displayName, role: user.role,
                                     organizationIDs: op?.organizationIDs ?? [], canPublish: op?.canPublish ?? false, isActive: user.isActive)
        return HTMLResponse.page(view.form(draft, id: id, organizations: try organizations(), context: context, errors: []), cache: .none)
    }

    /// POST /admin/utenti/{id}
    func update(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let (id, user) = try load(request)
        var draft = Self.draft(from: form)
        draft.email = user.email
        do {
            try environment.users.update(id: id, with: draft, by: context.user)
            return HTMLResponse.redirect(to: "/admin/utenti")
        } catch let error as UserAccountError {
            let errors = [FieldError(fieldID: "role", message: error.message)]
            return HTMLResponse.page(view.form(draft, id: id, organizations: try organizations(), context: context, errors: errors),
                                     status: .unprocessableContent, cache: .none)
        }
    }

    static func draft(from form: URLEncodedForm) -> UserAccountDraft {
        UserAccountDraft(email: (form["email"] ?? "").trimmingCharacters(in: .whitespaces),
                         displayName: (form["display_name"] ?? "").trimmingCharacters(in: .whitespaces),
                         role: UserRole(rawValue: form["role"] ?? "") ?? .organizationOperator,
                         organizationIDs: Set(form.values(for: "organizations").compactMap { Int64($0) }),
                         canPublish: form["can_publish"] == "1", isActive: form["is_active"] == "1")
    }

    func load(_ request: HTTPRequest) throws -> (Int64, User) {
        guard let id = Int64(request.pathParameters["id"] ?? ""), let user = try environment.users.find(id: id) else {
            throw PortalError.notFound(what: "Questo utente non esiste.")
        }
        return (id, user)
    }

    func organizations() throws -> [(id: Int64, slug: String, name: String)] {
        try AdminVocabulary.load(from: environment.database).organizations
    }
}
