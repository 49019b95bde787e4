import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// The engine's own refusals, answered by the real portal over a socket: an HTML page that
/// names what went wrong (and the limit, for 413), in Italian or English, with the security
/// headers, still `Connection: close`; `/api/` paths get JSON like the API's other errors.
@Suite(.blocking) struct RefusalPagesE2ETests {
    func portal(_ configure: @escaping (inout ServerConfiguration) -> Void = { _ in }) throws -> LiveServer {
        let app = PortalApplication(catalog: FakeCatalog(), configuration: PortalConfiguration(), log: { _ in })
        return try LiveServer.start(try app.makeRouter()) { configuration in
            configuration.limits.maxRequestLine = 1024
            configuration.limits.maxHeaderBytes = 2048
            configure(&configuration)
        }
    }

    func refuse(_ live: LiveServer, _ raw: String) throws -> HTTPReply {
        let client = try live.client()
        defer { client.close() }
        let reply = try client.send(raw)
        #expect(reply["Connection"] == "close")
        #expect(client.waitForClose())
        return reply
    }

    func expectPage(_ reply: HTTPReply, status: Int, language: String, title: String, says: String) {
        #expect(reply.status == status)
        #expect(reply["Content-Type"] == "text/html; charset=utf-8")
        #expect(reply["Cache-Control"] == "no-store")
        #expect(reply["Content-Security-Policy"] == SecurityHeaders.contentSecurityPolicy)
        #expect(reply.text.contains("<html lang=\"\(language)\""))
        #expect(reply.text.contains("<h1>\(title)</h1>"), "\(status) \(language): \(reply.text.prefix(300))")
        #expect(reply.text.contains(says))
        #expect(!reply.text.contains(RefusalPages.limitMarker))
    }

    static let longQuery = "?q=" + String(repeating: "assistenza", count: 120)
    static let bigCookie = "Cookie: " + String(repeating: "c=1; ", count: 500) + "\r\n"

    @Test func uriTooLongInBothLanguages() throws {
        let live = try portal()
        defer { live.stop() }
        expectPage(try refuse(live, "GET /cerca\(Self.longQuery) HTTP/1.1\r\nHost: t\r\n\r\n"),
                   status: 414, language: "it", title: "Indirizzo troppo lungo", says: "togli qualche filtro")
        expectPage(try refuse(live, "GET /en/cerca\(Self.longQuery) HTTP/1.1\r\nHost: t\r\n\r\n"),
                   status: 414, language: "en", title: "Address too long", says: "remove some filters")
    }

    @Test func headersTooLargeInBothLanguages() throws {
        let live = try portal()
        defer { live.stop() }
        expectPage(try refuse(live, "GET /cerca HTTP/1.1\r\nHost: t\r\n\(Self.bigCookie)\r\n"),
                   status: 431, language: "it", title: "Troppi dati inviati dal browser", says: "Cancella i cookie")
        expectPage(try refuse(live, "GET /en/ HTTP/1.1\r\nHost: t\r\n\(Self.bigCookie)\r\n"),
                   status: 431, language: "en", title: "Too much data sent by the browser", says: "Delete this site")
    }

    @Test func contentTooLargeStatesTheLimitInBothLanguages() throws {
        let live = try portal { $0.maxBodySize = 64 * 1024 }
        defer { live.stop() }
        let post = "POST /cerca HTTP/1.1\r\nHost: t\r\nContent-Length: 70000\r\n"
        expectPage(try refuse(live, post + "\r\n"),
                   status: 413, language: "it", title: "Contenuto troppo grande", says: "supera il limite di 64 KB")
        expectPage(try refuse(live, post + "Accept-Language: en-GB,en;q=0.9,it;q=0.5\r\n\r\n"),
                   status: 413, language: "en", title: "Content too large", says: "larger than the limit of 64 KB")
        expectPage(try refuse(live, "POST /en/cerca HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n"),
                   status: 413, language: "en", title: "Content too large", says: "limit of 64 KB")
    }

    @Test func malformedRequestInBothLanguages() throws {
        let live = try portal()
        defer { live.stop() }
        expectPage(try refuse(live, "GET /cerca HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n"),
                   status: 400, language: "it", title: "Richiesta non leggibile", says: "non è scritta in un modo")
        expectPage(try refuse(live, "GET /en/cerca HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n"),
                   status: 400, language: "en", title: "Request not readable", says: "not written in a way")
    }

    @Test func timeoutAndBusyPages() throws {
        let slow = try portal { $0.headerTimeout = .milliseconds(200) }
        defer { slow.stop() }
        let client = try slow.client()
        defer { client.close() }
        try client.write("GET /en/cerca HTTP/1.1\r\nHost: t\r\n")
        let timeout = try client.readResponse()
        expectPage(timeout, status: 408, language: "en", title: "Time ran out", says: "did not arrive in full")
        let full = try portal { $0.maxConnections = 1 }
        defer { full.stop() }
        let first = try full.client()
        defer { first.close() }
        #expect(try first.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").status == 200)
        let second = try full.client()
        defer { second.close() }
        expectPage(try second.readResponse(), status: 503, language: "it", title: "Servizio momentaneamente occupato",
                   says: "troppe persone insieme")
    }

    @Test func apiPathsGetJSON() throws {
        let live = try portal { $0.maxBodySize = 1024 }
        defer { live.stop() }
        for (raw, status) in [("GET /api/v1/services\(Self.longQuery) HTTP/1.1\r\nHost: t\r\n\r\n", 414),
                              ("GET /api/v1/services HTTP/1.1\r\nHost: t\r\n\(Self.bigCookie)\r\n", 431),
                              ("POST /api/v1/services HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n", 413),
                              ("GET /api/v1/services HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n", 400)] {
            let reply = try refuse(live, raw)
            #expect(reply.status == status)
            #expect(reply["Content-Type"] == "application/json; charset=utf-8")
            let object = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: String]
            #expect(object?["error"]?.isEmpty == false, "\(status): \(reply.text)")
        }
    }
}
