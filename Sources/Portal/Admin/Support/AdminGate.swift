import Catalog
import HTTPServer
import Accounts

/// The checks in front of every admin route: a live session, the CSRF token on state-changing
/// requests, and the permission for the action. Deny by default; each failure throws `AuthError`,
/// which `ErrorResponder` turns into a redirect to sign-in or a 403 (nothing is changed).
struct AdminGate: Sendable {
    let environment: AdminEnvironment

    /// The signed-in operator for `request`. Throws `AuthError.notSignedIn`.
    func context(for request: HTTPRequest) throws -> AdminContext {
        guard let cookie = request.cookies[environment.configuration.sessionCookieName],
              let session = try environment.sessions.resolve(cookie: cookie),
              let user = try environment.users.signedInOperator(id: session.userID)
        else { throw AuthError.notSignedIn }
        return AdminContext(user: user, session: session)
    }

    /// Throws `AuthError.csrfMismatch` unless the form's `csrf` field matches the session.
    func checkCSRF(_ form: URLEncodedForm, _ context: AdminContext) throws {
        guard CSRFToken.isValid(form["csrf"], forSecret: context.session.csrfSecret) else {
            environment.log("admin csrf mismatch user=\(context.user.id)")
            throw AuthError.csrfMismatch
        }
    }

    /// Throws `AuthError.forbidden` unless `context.user` may do `permission`.
    func require(_ permission: AdminPermission, _ context: AdminContext) throws {
        guard AccessPolicy.allows(context.user, permission) else {
            environment.log("admin forbidden user=\(context.user.id) permission=\(permission)")
            throw AuthError.forbidden
        }
    }

    /// A GET handler that needs a session and `permission`.
    func page(_ permission: AdminPermission = .viewDashboard,
              _ body: @escaping @Sendable (HTTPRequest, AdminContext) throws -> HTTPResponse) -> RouteHandler {
        { request in
            let context = try context(for: request)
            try require(permission, context)
            return try body(request, context)
        }
    }

    /// A POST handler: session, then CSRF (before anything else is read), then `permission`.
    func action(_ permission: AdminPermission = .viewDashboard,
                _ body: @escaping @Sendable (HTTPRequest, URLEncodedForm, AdminContext) throws -> HTTPResponse) -> RouteHandler {
        { request in
            let context = try context(for: request)
            let form = (try? request.formBody()) ?? URLEncodedForm()
            try checkCSRF(form, context)
            try require(permission, context)
            return try body(request, form, context)
        }
    }
}

extension AdminGate {
    /// A multipart POST (file upload): session, then the `csrf` part, then `permission`. A file
    /// over `maxFileSize` is a 413 page stating the limit (nothing is read further or changed).
    func upload(_ permission: AdminPermission, maxFileSize: Int,
                _ body: @escaping @Sendable (HTTPRequest, MultipartFormData, AdminContext) throws -> HTTPResponse) -> RouteHandler {
        { request in
            let context = try context(for: request)
            let form: MultipartFormData?
            do { form = try MultipartFormData(request: request, limits: MultipartLimits(maxParts: 10, maxFileSize: maxFileSize)) }
            catch MultipartError.partTooLarge { throw PortalError.uploadTooLarge(limitBytes: maxFileSize) }   // 413, not a CSRF 403
            catch { form = nil }
            guard let form, CSRFToken.isValid(form.text("csrf"), forSecret: context.session.csrfSecret) else {
                environment.log("admin csrf mismatch user=\(context.user.id)")
                throw AuthError.csrfMismatch
            }
            try require(permission, context)
            return try body(request, form, context)
        }
    }
}
