import HTTPServer

/// Headers every response carries, whatever produced it (pages, static files, errors).
///
/// - `Content-Security-Policy`: only our own origin; no inline scripts or styles, no framing
///   (CSP Level 3; `frame-ancestors` replaces `X-Frame-Options`), no plugins (`object-src
///   'none'`) and no `<base>` element (`base-uri 'none'`), as OWASP ASVS 14.4.3 expects.
/// - `X-Content-Type-Options: nosniff` (Fetch standard §3.5).
/// - `Referrer-Policy: strict-origin-when-cross-origin` (W3C Referrer Policy §3).
/// - `Strict-Transport-Security` (RFC 6797) when the visitor came over HTTPS: a trusted proxy
///   said `X-Forwarded-Proto: https` (this server speaks plain HTTP itself; TLS ends at the
///   proxy). Never over plain HTTP, where browsers ignore it anyway (RFC 6797 §7.2).
struct SecurityHeaders: Sendable {
    static let contentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    /// One year, sub-domains included (ASVS 14.4.5).
    static let strictTransportSecurity = "max-age=31536000; includeSubDomains"

    let proxyTrust: ProxyTrust

    init(proxyTrust: ProxyTrust = ProxyTrust()) {
        self.proxyTrust = proxyTrust
    }

    /// Sets the headers on `response`, plus HSTS when `request` arrived over HTTPS.
    func apply(to response: inout HTTPResponse, for request: HTTPRequest) {
        apply(to: &response)
        if proxyTrust.forwardedHTTPS(request) {
            response.headers.set("Strict-Transport-Security", Self.strictTransportSecurity)
        }
    }

    /// Sets the headers on `response`, replacing any earlier values.
    func apply(to response: inout HTTPResponse) {
        response.headers.set("Content-Security-Policy", Self.contentSecurityPolicy)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.set("X-Frame-Options", "DENY")
    }

    /// `response` with the headers set.
    func applied(to response: HTTPResponse) -> HTTPResponse {
        var copy = response
        apply(to: &copy)
        return copy
    }
}
