import Catalog
import Foundation
import HTTPServer
import Accounts

/// The one-time first-administrator setup and the change-password form.
struct AdminPasswordHandler: Sendable {
    let environment: AdminEnvironment
    let views: AdminSignInView
    let policy = PasswordPolicy()

    /// GET /admin/configurazione?codice=…
    func setupForm(_ request: HTTPRequest) throws -> HTTPResponse {
        let token = (try? request.queryParameters())?["codice"] ?? ""
        guard try environment.users.count() == 0, environment.setupLink.accepts(token) else {
            throw PortalError.notFound(what: "Il collegamento di configurazione non è valido o è già stato usato.")
        }
        return HTMLResponse.page(views.setup(token: token, email: "", name: "", errors: []), cache: .none)
    }

    /// POST /admin/configurazione: the secret single-use `codice` field is also the CSRF defence.
    func setup(_ request: HTTPRequest) throws -> HTTPResponse {
        let form = (try? request.formBody()) ?? URLEncodedForm()
        let token = form["codice"] ?? ""
        guard try environment.users.count() == 0, environment.setupLink.accepts(token) else {
            throw PortalError.notFound(what: "Il collegamento di configurazione non è valido o è già stato usato.")
        }
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
        let name = (form["display_name"] ?? "").trimmingCharacters(in: .whitespaces)
        var errors = passwordErrors(form["password"] ?? "", confirm: form["password_confirm"] ?? "", email: email)
        if name.isEmpty { errors.insert(FieldError(fieldID: "display_name", message: "Inserisci nome e cognome"), at: 0) }
        if errors.isEmpty {
            do {
                let draft = UserAccountDraft(email: email, displayName: name, role: .admin)
                try environment.users.createAsSystem(draft, passwordHash: try environment.hasher.hash(form["password"] ?? ""),
                                                     author: Author(userId: nil, name: "configurazione iniziale"))
                environment.setupLink.consume()
                environment.log("admin first administrator created")
                return HTMLResponse.redirect(to: "/admin/accedi")
            } catch let error as UserAccountError {
                errors.insert(FieldError(fieldID: "email", message: error.message), at: 0)
            }
        }
        return HTMLResponse.page(views.setup(token: token, email: email, name: name, errors: errors),
                                 status: .unprocessableContent, cache: .none)
    }

    /// GET /admin/password
    func passwordForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let query = try? request.queryParameters()
        let sessions = try environment.sessions.count(userID: context.user.id)
        return HTMLResponse.page(views.changePassword(context, errors: [], done: query?["fatto"] != nil, sessions: sessions,
                                                      othersClosed: query?["altre_chiuse"] != nil), cache: .none)
    }

    /// POST /admin/password: checks the current password, applies the policy, ends other sessions.
    func changePassword(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        guard let user = try environment.users.find(id: context.user.id) else { throw AuthError.notSignedIn }
        var errors = passwordErrors(form["password"] ?? "", confirm: form["password_confirm"] ?? "", email: user.email)
        if !environment.hasher.verify(form["current_password"] ?? "", against: user.passwordHash) {
            errors.insert(FieldError(fieldID: "current_password", message: "La password attuale non è corretta"), at: 0)
        }
        guard errors.isEmpty else {
            return HTMLResponse.page(views.changePassword(context, errors: errors, done: false),
                                     status: .unprocessableContent, cache: .none)
        }
        try environment.users.setPasswordHash(try environment.hasher.hash(form["password"] ?? ""), for: user.id,
                                              keepingSession: context.session.storageKey, by: context.user)
        return HTMLResponse.redirect(to: "/admin/password?fatto=1")
    }

    private func passwordErrors(_ password: String, confirm: String, email: String) -> [FieldError] {
        var errors: [FieldError] = []
        if email.isEmpty { errors.append(FieldError(fieldID: "email", message: "Inserisci l'indirizzo e-mail")) }
        if let problem = policy.problems(with: password, email: email).first {
            errors.append(FieldError(fieldID: "password", message: String(problem.dropLast(problem.hasSuffix(".") ? 1 : 0))))
        } else if password != confirm {
            errors.append(FieldError(fieldID: "password_confirm", message: "Le due password non coincidono"))
        }
        return errors
    }
}
