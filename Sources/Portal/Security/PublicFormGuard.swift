import HTTPServer
import Crypto

/// Session-less CSRF for the public forms of issue 10: a random nonce in the `vw_modulo` cookie
/// (HttpOnly, SameSite=Lax) and a `TokenSigner` token for the form, bound to that nonce, in the
/// form's `csrf` field, checked together with the same-origin headers before anything else is read.
struct PublicFormGuard: Sendable {
    let environment: EnterpriseEnvironment
    let form: PublicForm

    var cookieName: String { environment.secureCookies ? "__Host-vw_modulo" : "vw_modulo" }

    /// The nonce the browser already holds, or a new one with the cookie that stores it.
    func nonce(for request: HTTPRequest) throws -> (nonce: String, cookie: SetCookie?) {
        if let existing = request.cookies[cookieName], Self.isNonce(existing) {
            return (existing, nil)
        }
        let fresh = AuthEncoding.base64URL(try environment.admin.random.bytes(count: 18))
        return (fresh, SetCookie(name: cookieName, value: fresh, path: "/", maxAge: 86_400,
                                 secure: environment.secureCookies, httpOnly: true, sameSite: .lax))
    }

    /// The hidden field's value for a form shown now.
    func token(nonce: String) throws -> String {
        try environment.formSigner().issue(.publicForm(form), boundTo: nonce)
    }

    /// Throws `PortalError.formExpired` unless the request is same-origin and carries a valid token.
    func check(_ request: HTTPRequest, _ body: URLEncodedForm) throws {
        try SameOriginCheck.require(request)
        guard let nonce = request.cookies[cookieName], Self.isNonce(nonce),
              try environment.formSigner().isValid(body["csrf"], .publicForm(form), boundTo: nonce) else {
            environment.admin.log("public form token refused purpose=\(form.rawValue)")
            throw PortalError.formExpired
        }
    }

    /// A nonce this guard could have set: 16 to 64 base64url characters.
    static func isNonce(_ value: String) -> Bool {
        (16...64).contains(value.utf8.count) && AuthEncoding.decodeBase64URL(value) != nil
    }
}
