import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal
@testable import Crypto
@testable import Accounts

/// Seeded hostile requests on a sample of admin routes with a signed-in administrator: state-
/// changing requests without a valid CSRF token are 403, malformed uploads are 4xx, nothing is
/// ever a 5xx and the database (audit log included) is exactly as before.
@Suite(.blocking) struct HostileInputAdminE2ETests {
    static let seed: UInt64 = 0xAD_2026_1122

    static let postPaths = [
        "/admin/schede/nuova", "/admin/schede/1", "/admin/schede/1/stato", "/admin/schede/1/verificata",
        "/admin/schede/1/duplica", "/admin/schede/1/storia/1/ripristina", "/admin/enti/nuovo", "/admin/enti/10",
        "/admin/aree/nuova", "/admin/utenti/nuovo", "/admin/utenti/1", "/admin/password", "/admin/esci",
        "/admin/importa", "/admin/importa/conferma",
    ]
    static let getPaths = [
        "/admin", "/admin/schede", "/admin/schede/", "/admin/enti/", "/admin/aree/", "/admin/utenti/",
        "/admin/registro", "/admin/importa", "/admin/esporta.csv", "/admin/schede/1/storia/",
    ]

    @Test func postsWithoutAValidTokenAreRefusedAndChangeNothing() throws {
        print("HostileInputAdminE2ETests seed: \(Self.seed)")
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn("capo@rete.it").status == 303)
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let before = try Self.snapshot(server)
        let port = server.port
        let failures = HostileRun.parallel(seed: Self.seed, workers: 2, perWorker: 200) { g in
            Self.forgedPost(&g, cookie: cookie)
        } check: { request in
            let client = try RawHTTPClient(port: port, timeout: .seconds(10))
            defer { client.close() }
            try client.write(request.bytes)
            let reply = try client.readResponse()
            if reply.status != 403 && !(reply.status == 400 || reply.status == 413) { return "status \(reply.status)" }
            return HostileRun.problem(with: reply, for: request)
        }
        #expect(failures.count == 0, "seed \(Self.seed): \(failures.count) failures, first: \(failures.prefix(8))")
        #expect(try Self.snapshot(server) == before)
        #expect(try browser.get("/admin").status == 200, "the session survives forged sign-outs")
    }

    @Test func hostileAdminPagesAndUploadsWithAValidTokenNeverFail() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn("capo@rete.it").status == 303)
        let before = try Self.snapshot(server)
        var g = HostileInputGenerator(seed: Self.seed &+ 1)
        var failures: [String] = []
        for index in 0..<300 {
            let target = g.pick(Self.getPaths) + (g.chance(50) ? g.urlValue() : "") + g.query()
            let reply = try browser.get(target)
            let request = HostileRequest(method: "GET", target: target, bytes: [])
            if let problem = HostileRun.problem(with: reply, for: request) { failures.append("#\(index) GET \(target): \(problem)") }
        }
        for (index, csv) in Self.hostileCSVs(&g).enumerated() {
            try browser.get("/admin/importa")
            let reply = try browser.postFile("/admin/importa", field: "file", filename: g.urlValue(), content: csv, fields: [])
            if ![200, 400, 413, 422].contains(reply.status) { failures.append("CSV #\(index) → \(reply.status)") }
            #expect(!reply.text.contains(HostileInputGenerator.marker))
            try browser.get("/admin/importa")
            let forged = try browser.post("/admin/importa/conferma", [("csv", AuthEncoding.base64URL(csv))])
            if !(400..<500).contains(forged.status) { failures.append("CSV commit #\(index) → \(forged.status)") }
        }
        for cut in [40, 120, 200] {
            try browser.get("/admin/importa")
            let status = try Self.truncatedUpload(browser, keepingBytes: cut).status
            if !(400..<500).contains(status) { failures.append("truncated multipart (\(cut) bytes) → \(status)") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(8))")
        #expect(try Self.snapshot(server) == before)
        #expect(try browser.get("/healthz").status == 200)
    }

    /// A forged state-changing request: no token, a wrong one, or a body the gate cannot read.
    static func forgedPost(_ g: inout HostileInputGenerator, cookie: String) -> HostileRequest {
        let path = g.pick(postPaths)
        let token = g.pick(["", "csrf=", "csrf=\(g.urlValue())", "csrf=AAAA.BBBB", "csrf=%00", "csrf=\(String(repeating: "A", count: 64))"])
        let fields = [token, "title=\(g.urlValue())", "name=\(g.urlValue())", "version=\(g.urlValue())", "action=pubblica",
                      "email=x%40y.it", "role=admin", "password=\(g.urlValue())"].filter { _ in g.chance(60) }
        var body = Array(fields.joined(separator: "&").utf8)
        var type = g.pick(["application/x-www-form-urlencoded", "application/json", "text/plain", "", "multipart/form-data"])
        if g.chance(30) {
            let boundary = g.pick(["b", "", "\"unterminated", String(repeating: "x", count: 300)])
            type = "multipart/form-data; boundary=\(boundary)"
            body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(g.pick(["csrf", "file", "\""]))\"\r\n\r\n\(g.urlValue())\r\n".utf8)
            if g.chance(50) { body += Array("--\(boundary)--\r\n".utf8) }
        }
        let head = "POST \(path) HTTP/1.1\r\nHost: t\r\nCookie: \(cookie)\r\nContent-Type: \(type)\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return HostileRequest(method: "POST", target: path, bytes: Array(head.utf8) + body)
    }

    /// A multipart upload with a valid token whose body stops after `keepingBytes` bytes (no
    /// closing boundary), with a Content-Length that matches what is sent.
    static func truncatedUpload(_ browser: FormBrowser, keepingBytes: Int) throws -> HTTPReply {
        let boundary = "trunc8"
        let full = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.csrfToken ?? "")\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\ntitolo;ente\r\nx;y\r\n"
        let body = Array(full.utf8.prefix(keepingBytes))
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let client = try RawHTTPClient(port: browser.port)
        defer { client.close() }
        try client.write(Array(("POST /admin/importa HTTP/1.1\r\nHost: t\r\nCookie: \(cookie)\r\n"
            + "Content-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n").utf8) + body)
        return try client.readResponse()
    }

    /// CSV files that must be refused row by row or as a whole, never imported.
    static func hostileCSVs(_ g: inout HostileInputGenerator) -> [[UInt8]] {
        let header = ServiceCSVColumn.template().split(separator: "\n").first.map(String.init) ?? ""
        var files: [[UInt8]] = [
            [0xEF, 0xBB, 0xBF], [0, 0, 0], Array("\"unterminated,quote\n".utf8), Array((header + "\n\"a\"b,\"\n").utf8),
            Array((header + "\n=cmd|' /C calc'!A0,<vtrx>,\u{0},-1\n").utf8), Array((header + "\n" + String(repeating: ",", count: 5_000)).utf8),
            Array(String(repeating: "x", count: 70_000).utf8), [0xFF, 0xFE] + Array("t\0i\0t\0".utf8),
        ]
        for _ in 0..<6 { files.append(Array((header + "\n").utf8) + g.randomBytes(count: g.int(1..<400))) }
        return files
    }

    /// Everything an admin request could change, audit log included.
    static func snapshot(_ server: AdminTestServer) throws -> [String] {
        try ["audit_log", "service", "revision", "organization", "area", "app_user", "user_organization", "session"].map { table in
            "\(table)=\(try server.count("SELECT count(*) FROM \(table)"))"
        } + [try server.database.read {
            try $0.scalar("SELECT group_concat(name || updated_at, '|') FROM organization", as: String.self) ?? ""
        }, try server.database.read {
            try $0.scalar("SELECT group_concat(password_hash || email || role, '|') FROM app_user", as: String.self) ?? ""
        }]
    }
}

extension HostileInputAdminE2ETests {
    /// Anonymous hostile sign-in and set-up posts never sign anyone in, never fail with a 5xx
    /// and change no account.
    @Test func anonymousHostileSignInsAndSetupsChangeNoAccount() throws {
        // Throttling holds answers for seconds (AdminSignInFlowTests covers it); here it would
        // only make 150 attempts slow, so it starts after more failures than the run makes.
        let lenient = ThrottlePolicy(freeFailures: 1_000, baseDelayMilliseconds: 0, maxDelayMilliseconds: 0, windowSeconds: 900)
        let server = try AdminTestServer(configuration: AdminConfiguration(passwordIterations: 10, accountThrottle: lenient,
                                                                           clientThrottle: lenient))
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        let before = try Self.snapshot(server)
        var g = HostileInputGenerator(seed: Self.seed &+ 2)
        var failures: [String] = []
        for index in 0..<150 {
            let browser = FormBrowser(port: server.port)
            let path = g.pick(["/admin/accedi", "/admin/configurazione", "/admin/configurazione?token=" + g.urlValue()])
            if g.chance(50) { try browser.get(path) }
            let fields = [("email", g.pick(["capo@rete.it", "CAPO@rete.it ", g.urlValue()])), ("password", g.urlValue()),
                          ("token", g.urlValue()), ("password_confirmation", g.urlValue())].filter { _ in g.chance(70) }
            let reply = try browser.post(path.components(separatedBy: "?")[0], fields, csrf: g.chance(70))
            let request = HostileRequest(method: "POST", target: path, bytes: [])
            if reply.status == 303 && browser.cookies.keys.contains(where: { $0.contains("sess") }) {
                failures.append("#\(index) \(path): signed in")
            } else if let problem = HostileRun.problem(with: reply, for: request) {
                failures.append("#\(index) \(path): \(problem)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(8))")
        #expect(try Self.snapshot(server).filter { !$0.hasPrefix("audit_log=") } == before.filter { !$0.hasPrefix("audit_log=") })
    }
}

extension HostileInputAdminE2ETests {
    /// Forged or garbled session cookies are treated as "not signed in": a redirect to the
    /// sign-in page, never a 5xx, never an admin page.
    @Test func forgedSessionCookiesGetTheSignInRedirect() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        var g = HostileInputGenerator(seed: Self.seed &+ 3)
        var failures: [String] = []
        for index in 0..<150 {
            let value = g.pick([g.urlValue(), String(repeating: "A", count: g.int(1..<200)), "1." + g.urlValue(), ""])
            let target = g.pick(Self.getPaths)
            let client = try RawHTTPClient(port: server.port)
            defer { client.close() }
            let reply = try client.send("GET \(target) HTTP/1.1\r\nHost: t\r\nCookie: vw_sessione=\(value)\r\nConnection: close\r\n\r\n")
            let location = reply.headers["Location"] ?? ""
            if !(reply.status == 400 || reply.status == 404 || (reply.status == 303 && location.hasPrefix("/admin/accedi"))) {
                failures.append("#\(index) \(target) cookie \(value.prefix(40)) → \(reply.status) \(location)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(8))")
        #expect(try server.count("SELECT count(*) FROM session") == 0)
    }
}
