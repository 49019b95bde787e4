import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// The portal's refusal and error pages answer `HEAD` with the page's headers and no content
/// (RFC 9110 §9.3.2): the engine drops the body in one place, whatever page the portal renders.
@Suite(.blocking) struct HeadRefusalPortalE2ETests {
    @Test func aHeadRequestRefusedOrNotFoundGetsHeadersOnly() throws {
        let app = PortalApplication(catalog: FakeCatalog(), configuration: PortalConfiguration(), log: { _ in })
        let live = try LiveServer.start(try app.makeRouter()) { $0.limits.maxHeaderBytes = 2048 }
        defer { live.stop() }
        let refused = try live.client()
        defer { refused.close() }
        let cookie = "Cookie: " + String(repeating: "c=1; ", count: 500) + "\r\n"
        let tooLarge = try refused.send("HEAD /cerca HTTP/1.1\r\nHost: t\r\n\(cookie)\r\n", expectBody: false)
        #expect(tooLarge.status == 431 && tooLarge["Connection"] == "close")
        #expect(tooLarge["Content-Type"] == "text/html; charset=utf-8")
        #expect(Int(tooLarge["Content-Length"] ?? "") ?? 0 > 500, "the length of the GET page")
        #expect(try refused.readUntilClose().isEmpty && refused.sawEOF)

        let kept = try live.client()
        defer { kept.close() }
        let missing = try kept.send("HEAD /non-esiste HTTP/1.1\r\nHost: t\r\n\r\n", expectBody: false)
        #expect(missing.status == 404 && missing["Connection"] == nil)
        let next = try kept.send("GET /non-esiste-neanche HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(next.status == 404 && next.text.contains("<html lang=\"it\""), "no body bytes leaked before it")
    }
}
