import Foundation
import Testing
import TestSupport
@testable import Portal

/// Property-style hostile input against the real portal over the demo catalog: thousands of
/// seeded random requests on every public route. Whatever arrives, the answer is never a 5xx,
/// error pages are Italian HTML, reflected input is escaped, and the server keeps answering.
@Suite(.blocking) struct HostileInputE2ETests {
    /// Fixed so runs are reproducible; `VETRINA_HOSTILE_SEED` overrides it to explore other inputs.
    static let seed: UInt64 = ProcessInfo.processInfo.environment["VETRINA_HOSTILE_SEED"].flatMap { UInt64($0) }
        ?? 0x5EED_2026_1122
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    @Test func randomHostileQueriesOnPublicRoutesNeverBreakThePortal() throws {
        print("HostileInputE2ETests seed: \(Self.seed)")
        let tally = StatusTally()
        let failures = HostileRun.parallel(seed: Self.seed, workers: 4, perWorker: 500) { generator in
            let target = generator.path() + generator.query()
            let method = generator.chance(90) ? "GET" : "HEAD"
            return HostileRequest(method: method, target: target,
                                  raw: "\(method) \(target) HTTP/1.1\r\nHost: vetrina.example\r\nConnection: close\r\n\r\n")
        } check: { request in
            try HostileRun.check(request, port: portal.live.port, statuses: tally)
        }
        print("HostileInputE2ETests statuses: \(tally.summary)")
        #expect(failures.count == 0, "seed \(Self.seed): \(failures.count) failures, first: \(failures.prefix(8))")
        #expect((tally.all[200] ?? 0) > 200 && (tally.all[400] ?? 0) > 200, "both pages and refusals exercised: \(tally.summary)")
        #expect(try portal.get("/healthz").status == 200)
    }

    @Test func oddMethodsBodiesAndFramingNeverGiveAServerError() throws {
        let seed = Self.seed &+ 1
        print("HostileInputE2ETests framing seed: \(seed)")
        let tally = StatusTally()
        let failures = HostileRun.parallel(seed: seed, workers: 2, perWorker: 250) { generator in
            Self.oddRequest(&generator)
        } check: { request in
            try HostileRun.check(request, port: portal.live.port, statuses: tally)
        }
        print("HostileInputE2ETests framing statuses: \(tally.summary)")
        #expect(failures.count == 0, "seed \(seed): \(failures.count) failures, first: \(failures.prefix(8))")
        #expect(try portal.get("/healthz").status == 200)
    }

    @Test(arguments: ["pagina=99999999999999999999", "pagina=-9223372036854775808", "pagina=9223372036854775807",
                      "pagina=%00", "pagina=1e3", "pagina=%D9%A3", "q=%22", "q=NEAR(", "q=*", "q=%22a%22*OR-", "q=--",
                      "q=%27", "q=%F0%9F%98%80", "q=%ED%A0%80", "comune=%00%01", "bisogno=%3Cvtrx%3E"])
    func knownNastyValuesOnSearchAreClientErrorsOrResults(_ query: String) throws {
        let reply = try portal.get("/cerca?" + query)
        #expect([200, 400].contains(reply.status), "\(query) → \(reply.status)")
        #expect(reply.text.contains("<html lang=\"it\">"))
        #expect(!reply.text.contains(HostileInputGenerator.marker))
    }

    @Test(arguments: ["/cerca", "/servizi/x", "/territori/pinerolo", "/imprese"])
    func wrongMethodOnAPageIsAnItalianHTML405(_ path: String) throws {
        let reply = try portal.get(path, method: "DELETE")
        #expect(reply.status == 405)
        #expect(reply.headers["Allow"]?.contains("GET") == true)
        #expect(reply.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(reply.text.contains("<html lang=\"it\">"))
    }

    static let methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT", "FOO", "get", "G\u{1}T"]
    static let contentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
                               "application/json", "text/plain; charset=utf-16", "\u{7F}", ""]

    /// A request with an odd method, a body on GET, wrong content types or broken framing.
    static func oddRequest(_ g: inout HostileInputGenerator) -> HostileRequest {
        let method = g.pick(methods)
        let target = g.chance(10) ? g.pick(["*", "http://vetrina.example/cerca", "cerca", "//", "/%2e%2e/%2e%2e/etc/passwd"])
            : g.path() + g.query()
        let body = Array(g.urlValue().utf8)
        var head = "\(method) \(target) HTTP/1.1\r\nHost: vetrina.example\r\nConnection: close\r\n"
        switch g.int(0..<6) {
        case 0: break
        case 1: head += "Content-Length: \(body.count)\r\nContent-Type: \(g.pick(contentTypes))\r\n"
        case 2: head += "Content-Length: \(g.pick(["-1", "abc", "99999999999999999999", "1, 2", "+5", "0x10"]))\r\n"
        case 3: head += "Transfer-Encoding: \(g.pick(["chunked", "gzip", "chunked, chunked", "identity"]))\r\n"
        case 4: head += "Content-Length: \(body.count)\r\nContent-Length: \(body.count + 1)\r\n"
        default: head += "X-\(g.urlValue()): \(g.urlValue())\r\nCookie: \(g.urlValue())\r\n"
        }
        let payload = head.hasSuffix("chunked\r\n") ? Array("\(g.pick(["zz", "-1", "FFFFFFFFFFFFFFFFFF", "3"]))\r\nabc\r\n0\r\n\r\n".utf8) : body
        return HostileRequest(method: method, target: target, bytes: Array((head + "\r\n").utf8) + payload)
    }
}

extension HostileInputE2ETests {
    /// Forty hostile but well-formed requests pipelined on one keep-alive connection: forty
    /// answers, in order, none a server error.
    @Test func pipelinedHostileRequestsAreAllAnsweredInOrder() throws {
        var generator = HostileInputGenerator(seed: Self.seed &+ 2)
        let paths = ["/", "/cerca", "/territori", "/imprese", "/api/comuni", "/enti/mutua-piemonte"]
        let targets = (0..<40).map { _ in generator.pick(paths) + generator.encodedQuery() }
        let client = try portal.live.client(timeout: .seconds(10))
        defer { client.close() }
        try client.write(targets.map { "GET \($0) HTTP/1.1\r\nHost: vetrina.example\r\n\r\n" }.joined())
        for target in targets {
            let reply = try client.readResponse()
            #expect(reply.status < 500, "\(target) → \(reply.status)")
            #expect(HostileRun.problem(with: reply, for: HostileRequest(method: "GET", target: target, bytes: [])) == nil, "\(target)")
        }
    }
}

extension HostileInputE2ETests {
    /// The autocomplete endpoint answers a malformed query with a JSON error, not an HTML page.
    @Test(arguments: ["/api/comuni?q=%ZZ", "/api/comuni?q=%FF%FE", "/api/comuni?q=" + String(repeating: "a=b&", count: 150)])
    func apiErrorsAreJSON(_ target: String) throws {
        let reply = try portal.get(target)
        #expect(reply.status == 400)
        #expect(reply.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(reply.text.hasPrefix("{\"errore\":\""), "\(reply.text.prefix(120))")
    }
}
