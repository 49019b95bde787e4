import HTTPServer

/// CSRF defence for the shortlist buttons, which sit on cacheable public pages and so cannot
/// carry a per-visitor token: a POST is refused when the browser says it comes from another site
/// (Fetch Metadata `Sec-Fetch-Site: cross-site`, or an `Origin` whose host is not ours). The
/// cookie is SameSite=Lax as well (OWASP CSRF cheat sheet, "Verifying origin with standard headers").
enum SameOriginCheck {
    /// Throws `PortalError.formExpired` for a cross-site request.
    static func require(_ request: HTTPRequest) throws(PortalError) {
        if let site = request.headers["Sec-Fetch-Site"]?.lowercased(), site == "cross-site" || site == "same-site" {
            throw .formExpired
        }
        guard let origin = request.headers["Origin"] else { return }
        guard origin != "null", let host = request.headers["Host"], hostOf(origin) == host.lowercased() else {
            throw .formExpired
        }
    }

    /// `host[:port]` of `scheme://host[:port]`, lower-cased.
    static func hostOf(_ origin: String) -> String? {
        guard let range = origin.range(of: "://") else { return nil }
        let rest = origin[range.upperBound...]
        return String(rest.prefix { $0 != "/" }).lowercased()
    }
}
