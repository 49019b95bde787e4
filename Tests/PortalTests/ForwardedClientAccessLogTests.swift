import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// The access log names the visitor, not the proxy: behind a trusted proxy `client=` is the
/// forwarded client (`ProxyTrust.clientAddress`) and `proxy=` the TCP peer; from an untrusted
/// peer a forged `X-Forwarded-For` never reaches the log, which keeps the peer.
@Suite(.blocking) struct ForwardedClientAccessLogTests {
    /// The lines an `AccessLog` wrote; `lock` guards `lines`.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.withLock { stored.append(line) } }
        var all: [String] { lock.withLock { stored } }
    }

    /// Sends each request on its own connection and returns the log line of each.
    func logLines(proxies: Set<String>, _ requests: [String]) throws -> [String] {
        var configuration = PortalConfiguration()
        configuration.proxyTrust = ProxyTrust(proxies: proxies)
        let app = PortalApplication(catalog: FakeCatalog(), configuration: configuration, log: { _ in })
        let lines = Lines()
        let live = try LiveServer.start(try app.makeRouter(), observer: AccessLog(sink: { lines.append($0) }))
        defer { live.stop() }
        for (n, raw) in requests.enumerated() {
            let client = try live.client()
            defer { client.close() }
            _ = try client.send(raw)
            #expect(waitUntil { lines.all.count == n + 1 })
        }
        return lines.all
    }

    static func get(_ path: String, forwardedFor: String?) -> String {
        "GET \(path) HTTP/1.1\r\nHost: t\r\n" + (forwardedFor.map { "X-Forwarded-For: \($0)\r\n" } ?? "") + "\r\n"
    }

    @Test func behindATrustedProxyTheForwardedClientIsLogged() throws {
        let lines = try logLines(proxies: ["127.0.0.1"], [
            Self.get("/", forwardedFor: "203.0.113.7"),
            Self.get("/non-esiste", forwardedFor: "198.51.100.1, 2001:DB8::7"),   // left entry forged, right one real
            Self.get("/", forwardedFor: nil),
        ])
        #expect(lines[0].contains(" client=203.0.113.7 proxy=127.0.0.1:"), "\(lines[0])")
        #expect(lines[1].contains(" client=2001:db8::7 proxy=127.0.0.1:") && lines[1].contains("status=404"), "\(lines[1])")
        #expect(!lines[1].contains("198.51.100.1"))
        #expect(lines[2].contains(" client=127.0.0.1 proxy=127.0.0.1:"), "no header: the proxy itself, \(lines[2])")
    }

    @Test func fromAnUntrustedPeerAForgedHeaderStaysOutOfTheLog() throws {
        for proxies: Set<String> in [[], ["10.9.9.9"]] {
            let lines = try logLines(proxies: proxies, [Self.get("/", forwardedFor: "203.0.113.7")])
            #expect(lines[0].contains(" client=127.0.0.1:") && !lines[0].contains("proxy="), "\(lines[0])")
            #expect(!lines[0].contains("203.0.113.7"))
        }
    }
}
