import Foundation
import HTTPServer
import Accounts
import Crypto

/// Who may read `/metrics` (it lists admin routes and sign-in counts): a scraper on this very
/// machine (a loopback peer whose request no proxy forwarded), or anyone presenting the
/// configured token (`--metrics-token`) as `Authorization: Bearer <token>`. Everyone else gets
/// a 404, as if the page did not exist.
public struct MetricsAccess: Sendable {
    /// The token that opens `/metrics` from anywhere; nil allows loopback only.
    public var token: String?

    public init(token: String? = nil) {
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether `request` may read the metrics.
    func allows(_ request: HTTPRequest) -> Bool {
        if let token, let presented = Self.bearer(request) {
            // Digests have one length, so the comparison leaks neither content nor the token's length.
            return ConstantTime.equals(SHA256.hash(Array(presented.utf8)), SHA256.hash(Array(token.utf8)))
        }
        let forwarded = request.headers.contains("X-Forwarded-For") || request.headers.contains("Forwarded")
        return !forwarded && Self.isLoopback(ClientHost.host(of: request.remoteAddress))
    }

    /// `handler` behind the check (404 for anyone not allowed).
    func guarding(_ handler: @escaping RouteHandler, notFound: @escaping @Sendable () -> HTTPResponse) -> RouteHandler {
        { request in allows(request) ? try handler(request) : notFound() }
    }

    static func bearer(_ request: HTTPRequest) -> String? {
        guard let value = request.headers.values(for: "Authorization").first else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "::1" || host.hasPrefix("127.") || host.hasPrefix("::ffff:127.")
    }
}
