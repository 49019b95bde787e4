import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal
@testable import Storage
@testable import Accounts

/// Issue 14 items 7 and 8 over a real socket: HSTS only over HTTPS via a trusted proxy,
/// `/metrics` only to loopback or a token, an oversized upload gets a 413 page stating the
/// limit, and a cap on sessions per account with "Esci dalle altre sessioni".
@Suite(.blocking) struct SecurityEdgeFlowTests {
    func portal(_ configure: (inout PortalConfiguration) -> Void) throws -> LiveServer {
        var configuration = PortalConfiguration()
        configure(&configuration)
        let app = PortalApplication(catalog: FakeCatalog(), configuration: configuration, metrics: ServerMetrics(), log: { _ in })
        return try LiveServer.start(try app.makeRouter())
    }

    func get(_ live: LiveServer, _ path: String, _ headers: String = "") throws -> HTTPReply {
        let client = try live.client()
        defer { client.close() }
        return try client.send("GET \(path) HTTP/1.1\r\nHost: t\r\n\(headers)Connection: close\r\n\r\n")
    }

    @Test func hstsOnlyWhenATrustedProxySaysHTTPS() throws {
        let trusted = try portal { $0.proxyTrust = ProxyTrust(proxies: ["127.0.0.1"]) }
        defer { trusted.stop() }
        let https = try get(trusted, "/", "X-Forwarded-Proto: https\r\n")
        #expect(https["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains")
        #expect(try get(trusted, "/nessuna-pagina", "X-Forwarded-Proto: https\r\n")["Strict-Transport-Security"] != nil)
        #expect(try get(trusted, "/")["Strict-Transport-Security"] == nil)
        #expect(try get(trusted, "/", "X-Forwarded-Proto: http\r\n")["Strict-Transport-Security"] == nil)
        let untrusted = try portal { _ in }
        defer { untrusted.stop() }
        #expect(try get(untrusted, "/", "X-Forwarded-Proto: https\r\n")["Strict-Transport-Security"] == nil)
    }

    @Test func metricsAnswerLoopbackOrTheTokenOnly() throws {
        let open = try portal { _ in }
        defer { open.stop() }
        #expect(try get(open, "/metrics").status == 200)
        let proxied = try get(open, "/metrics", "X-Forwarded-For: 203.0.113.5\r\n")   // a proxy on this host
        #expect(proxied.status == 404 && !proxied.text.contains("http_requests"))
        let locked = try portal { $0.metricsAccess = MetricsAccess(token: "segreto-di-prova-123") }
        defer { locked.stop() }
        #expect(try get(locked, "/metrics", "X-Forwarded-For: 203.0.113.5\r\nAuthorization: Bearer segreto-di-prova-123\r\n").status == 200)
        #expect(try get(locked, "/metrics", "X-Forwarded-For: 203.0.113.5\r\nAuthorization: Bearer segreto-di-prova-12\r\n").status == 404)
        #expect(try get(locked, "/metrics", "Authorization: Bearer sbagliato\r\n").status == 404)
    }

    @Test func metricsRefuseARemotePeer() {
        let head = RequestHead(method: .get, target: "/metrics", version: .http1_1, headers: HTTPHeaders())
        #expect(!MetricsAccess().allows(HTTPRequest(head: head, remoteAddress: "203.0.113.5:4000")))
        #expect(!MetricsAccess().allows(HTTPRequest(head: head, remoteAddress: "[2001:db8::1]:4000")))
        #expect(MetricsAccess().allows(HTTPRequest(head: head, remoteAddress: "[::1]:4000")))
        #expect(MetricsAccess().allows(HTTPRequest(head: head, remoteAddress: "127.0.0.1:4000")))
    }

    @Test func anOversizedUploadIsA413PageThatStatesTheLimit() throws {
        let server = try AdminTestServer(configuration: AdminConfiguration(passwordIterations: 10, maxImportBytes: 2 * 1_048_576))
        defer { server.stop() }
        try server.createUser("admin@ente.it", role: .admin)
        let browser = try AdminCardFlowTests().signedIn(server, "admin@ente.it")
        try browser.get("/admin/importa")
        let big = Array(repeating: UInt8(ascii: "a"), count: 2 * 1_048_576 + 10)
        let reply = try browser.postFile("/admin/importa", field: "file", filename: "grande.csv", content: big, fields: [])
        #expect(reply.status == 413)
        #expect(reply.text.contains("supera il limite di 2 MB"))
        #expect(try server.count("SELECT count(*) FROM service") == 0)
    }

    @Test func sessionsPerAccountAreCappedAndOthersCanBeSignedOut() throws {
        let policy = SessionPolicy(maxSessionsPerUser: 2)
        let server = try AdminTestServer(configuration: AdminConfiguration(sessionPolicy: policy, passwordIterations: 10))
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let flow = AdminCardFlowTests()
        let first = try flow.signedIn(server, "red@ente.it")
        server.clock.advance(by: 1)
        let second = try flow.signedIn(server, "red@ente.it")
        server.clock.advance(by: 1)
        let third = try flow.signedIn(server, "red@ente.it")
        #expect(try server.count("SELECT count(*) FROM session") == 2)
        #expect(try first.get("/admin").status == 303)   // the oldest was ended
        #expect(try second.get("/admin").status == 200)
        let page = try third.get("/admin/password")
        #expect(page.text.contains("Esci dalle altre sessioni") && page.text.contains("un&#39;altra sessione")
            || page.text.contains("un&#x27;altra sessione"))
        #expect(try third.post("/admin/sessioni/esci-altre", [], csrf: false).status == 403)
        try third.get("/admin/password")
        let done = try third.post("/admin/sessioni/esci-altre", [])
        #expect(done.status == 303)
        #expect(try second.get("/admin").status == 303)
        #expect(try third.get("/admin").status == 200)
        #expect(try server.count("SELECT count(*) FROM session") == 1)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'user.sign_out_others'") == 1)
    }
}
