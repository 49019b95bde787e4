import Catalog
import HTTPServer

/// Reads and writes the shortlist in the `vw_piano` cookie (HttpOnly, SameSite=Lax, 180 days)
/// and in shared links (`/imprese/piano/condiviso?lista=…`). Both carry the same signed value, so
/// nobody can forge a list into another person's browser; a bad or stale signature reads as empty.
struct ShortlistStore: Sendable {
    let environment: EnterpriseEnvironment

    var cookieName: String { environment.secureCookies ? "__Host-vw_piano" : "vw_piano" }

    /// The visitor's shortlist (empty when absent or not validly signed).
    func read(_ request: HTTPRequest) throws -> Shortlist {
        guard let cookie = request.cookies[cookieName] else { return Shortlist() }
        return try decode(cookie) ?? Shortlist()
    }

    /// The shortlist in a signed value, or nil when the signature or the payload is bad.
    func decode(_ token: String) throws -> Shortlist? {
        guard let payload = try? environment.shortlistSigner().verify(token, .shortlist) else { return nil }
        return Shortlist(payload: payload, limit: environment.configuration.maxPlanItems)
    }

    /// The signed value for links and the cookie.
    func token(_ list: Shortlist) throws -> String { try environment.shortlistSigner().issue(.shortlist, payload: list.payload) }

    /// The cookie holding `list` (an expiring cookie when it is empty).
    func cookie(_ list: Shortlist) throws -> SetCookie {
        guard !list.isEmpty else { return SetCookie.expiring(cookieName, secure: environment.secureCookies) }
        return SetCookie(name: cookieName, value: try token(list), path: "/", maxAge: 180 * 86_400,
                         secure: environment.secureCookies, httpOnly: true, sameSite: .lax)
    }
}
