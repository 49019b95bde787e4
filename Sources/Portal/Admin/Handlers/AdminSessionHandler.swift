import Foundation
import Catalog
import HTTPServer
import Crypto
import Accounts

/// Sign-in, sign-out and the sign-in form's own CSRF protection (a pre-session cookie whose
/// secret the form token derives from).
struct AdminSessionHandler: Sendable {
    let environment: AdminEnvironment
    let gate: AdminGate
    let views: AdminSignInView
    var cookies: AdminCookies { AdminCookies(configuration: environment.configuration) }

    /// GET /admin/accedi
    func signInForm(_ request: HTTPRequest) throws -> HTTPResponse {
        if (try? gate.context(for: request)) != nil { return HTMLResponse.redirect(to: "/admin") }
        let notice = (try? request.queryParameters())?["uscito"] != nil ? "Sei uscito dall'area operatori." : nil
        return try signInPage(request, email: "", errors: [], notice: notice, status: .ok)
    }

    /// POST /admin/accedi
    func signIn(_ request: HTTPRequest) throws -> HTTPResponse {
        let form = (try? request.formBody()) ?? URLEncodedForm()
        guard CSRFToken.isValid(form["csrf"], forSecret: request.cookies[environment.configuration.preSessionCookieName]) else {
            throw AuthError.csrfMismatch
        }
        let email = String((form["email"] ?? "").prefix(254))
        let password = form["password"] ?? ""
        var errors: [FieldError] = []
        if email.trimmingCharacters(in: .whitespaces).isEmpty { errors.append(FieldError(fieldID: "email", message: "Inserisci il tuo indirizzo e-mail")) }
        if password.isEmpty { errors.append(FieldError(fieldID: "password", message: "Inserisci la password")) }
        guard errors.isEmpty else { return try signInPage(request, email: email, errors: errors, status: .unprocessableContent) }
        let client = environment.configuration.proxyTrust.clientAddress(of: request)
        // Throttling slows every answer down (right password included) instead of refusing it;
        // the engine holds the response on a timer, so no thread waits.
        let delay = try environment.signIn.throttleDelay(email: email, clientAddress: client)
        var response = try attempt(request, email: email, password: password, client: client)
        if delay > 0 { response.deliveryDelay = .milliseconds(delay) }
        return response
    }

    private func attempt(_ request: HTTPRequest, email: String, password: String, client: String) throws -> HTTPResponse {
        do {
            let result = try environment.signIn.signIn(email: email, password: password, clientAddress: client)
            if let previous = request.cookies[environment.configuration.sessionCookieName],
               let key = SessionToken.storageKey(forPresented: previous) {
                try environment.sessions.destroy(storageKey: key)   // never two live ids for one browser
            }
            environment.log("admin sign-in user=\(result.user.id)")
            var response = HTMLResponse.redirect(to: "/admin")
            response.setCookies([cookies.session(result.token), cookies.clearPreSession()])
            return response
        } catch AuthError.invalidCredentials {
            let error = FieldError(fieldID: "email", message: "L'indirizzo e-mail o la password non sono corretti")
            return try signInPage(request, email: email, errors: [error], status: .unprocessableContent)
        }
    }

    /// POST /admin/sessioni/esci-altre: "Esci dalle altre sessioni" (this one stays).
    func signOutOthers(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        try environment.sessions.destroyOthers(userID: context.user.id, keeping: context.session.storageKey,
                                               by: Author(userId: context.user.id, name: context.user.email))
        return HTMLResponse.redirect(to: "/admin/password?altre_chiuse=1#sessioni")
    }

    /// POST /admin/esci
    func signOut(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        try environment.sessions.destroy(storageKey: context.session.storageKey)
        var response = HTMLResponse.redirect(to: "/admin/accedi?uscito=1")
        response.setCookies([cookies.clearSession()])
        return response
    }

    /// The form with a fresh pre-session secret (a new one per display, so tokens never repeat).
    private func signInPage(_ request: HTTPRequest, email: String, errors: [FieldError], notice: String? = nil,
                            status: HTTPStatus) throws -> HTTPResponse {
        let secret = AuthEncoding.base64URL(try environment.random.bytes(count: 32))
        let html = views.signIn(email: email, csrf: CSRFToken.derive(fromSecret: secret), errors: errors, notice: notice)
        var response = HTMLResponse.page(html, status: status, cache: .none)
        response.setCookies([cookies.preSession(secret)])
        return response
    }
}
