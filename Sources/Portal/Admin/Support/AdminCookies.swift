import Catalog
import HTTPServer
import Accounts

/// Builds the admin cookies: always `HttpOnly` and `SameSite=Lax`, `Secure` when configured.
struct AdminCookies: Sendable {
    let configuration: AdminConfiguration

    func session(_ token: SessionToken) -> SetCookie {
        SetCookie(name: configuration.sessionCookieName, value: token.value, path: "/",
                  secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    func clearSession() -> SetCookie {
        SetCookie.expiring(configuration.sessionCookieName, path: "/", secure: configuration.secureCookies)
    }

    /// The pre-session secret for the sign-in form's CSRF token (short-lived).
    func preSession(_ secret: String) -> SetCookie {
        SetCookie(name: configuration.preSessionCookieName, value: secret, path: "/", maxAge: 3_600,
                  secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    func clearPreSession() -> SetCookie {
        SetCookie.expiring(configuration.preSessionCookieName, path: "/", secure: configuration.secureCookies)
    }
}

extension HTTPResponse {
    /// Adds cookies whose values we generated ourselves (base64url), so they always validate.
    mutating func setCookies(_ cookies: [SetCookie]) {
        for cookie in cookies { try? addCookie(cookie) }
    }
}
