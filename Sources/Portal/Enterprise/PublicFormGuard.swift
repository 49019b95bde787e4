import Catalog
import HTTPServer
import Crypto

/// Session-less CSRF for the public forms of issue 10: a random nonce in the `vw_modulo` cookie
/// (HttpOnly, SameSite=Lax) and a `FormToken` in the form's `csrf` field, checked together with
/// the same-origin headers before anything else is read.
struct PublicFormGuard: Sendable {
    let environment: EnterpriseEnvironment
    let purpose: String

    var cookieName: String { environment.secureCookies ? "__Host-vw_modulo" : "vw_modulo" }

    /// The nonce the browser already holds, or a new one with the cookie that stores it.
    func nonce(for request: HTTPRequest) throws -> (nonce: String, cookie: SetCookie?) {
        if let existing = request.cookies[cookieName], existing.utf8.count >= 16, existing.utf8.count <= 64,
           AuthEncoding.decodeBase64URL(existing) != nil {
            return (existing, nil)
        }
        let fresh = AuthEncoding.base64URL(try environment.admin.random.bytes(count: 18))
        return (fresh, SetCookie(name: cookieName, value: fresh, path: "/", maxAge: 86_400,
                                 secure: environment.secureCookies, httpOnly: true, sameSite: .lax))
    }

    /// The hidden field's value for a form shown now.
    func token(nonce: String) throws -> String {
        try environment.formTokens().field(purpose: purpose, nonce: nonce, now: environment.now)
    }

    /// Throws `PortalError.formExpired` unless the request is same-origin and carries a valid token.
    func check(_ request: HTTPRequest, _ form: URLEncodedForm) throws {
        try SameOriginCheck.require(request)
        guard try environment.formTokens().isValid(form["csrf"], purpose: purpose, nonce: request.cookies[cookieName],
                                                   now: environment.now) else {
            environment.admin.log("public form token refused purpose=\(purpose)")
            throw PortalError.formExpired
        }
    }
}
