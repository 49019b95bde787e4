import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPServer
import Accounts

/// Which peers are reverse proxies we trust (`--trusted-proxy`), and what follows from it:
/// the client address is taken from `X-Forwarded-For` and the scheme from `X-Forwarded-Proto`
/// only when the TCP peer is one of them. Any other peer's forwarding headers are ignored,
/// since anyone can send them.
public struct ProxyTrust: Sendable, Equatable {
    /// Trusted proxy addresses (IPv4 or IPv6, without port).
    public var proxies: Set<String>

    public init(proxies: Set<String> = []) {
        self.proxies = Set(proxies.map { $0.lowercased() })
    }

    /// Whether the TCP peer of `request` is a trusted proxy.
    func peerIsTrusted(_ request: HTTPRequest) -> Bool {
        !proxies.isEmpty && proxies.contains(ClientHost.host(of: request.remoteAddress))
    }

    /// The client's address: the peer's host, or — behind a trusted proxy — the right-most
    /// `X-Forwarded-For` entry that is not itself a trusted proxy (entries further left were
    /// written by the client and may be forged). A malformed header counts as absent.
    func clientAddress(of request: HTTPRequest) -> String {
        let peer = ClientHost.host(of: request.remoteAddress)
        guard peerIsTrusted(request) else { return peer }
        let hops = request.headers.values(for: "X-Forwarded-For")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !hops.isEmpty, hops.allSatisfy(Self.looksLikeAddress) else { return peer }
        return hops.last { !proxies.contains($0) } ?? hops[0]
    }

    /// Names the forwarded client on `response` for the access log (`HTTPResponse.clientAddress`)
    /// when the peer is a trusted proxy. From any other peer nothing is set, so the log keeps the
    /// TCP peer and a forged `X-Forwarded-For` never reaches it.
    func noteClient(of request: HTTPRequest, on response: inout HTTPResponse) {
        guard peerIsTrusted(request) else { return }
        response.clientAddress = clientAddress(of: request)
    }

    /// True when a trusted proxy says the visitor used HTTPS (`X-Forwarded-Proto: https`).
    func forwardedHTTPS(_ request: HTTPRequest) -> Bool {
        guard peerIsTrusted(request), let proto = request.headers.values(for: "X-Forwarded-Proto").last else { return false }
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }

    /// Whether `text` is an IPv4 or IPv6 address (for `--trusted-proxy`).
    public static func isAddress(_ text: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    static func looksLikeAddress(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 45 && text.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" }
    }
}
