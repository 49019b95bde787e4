import Foundation
import Testing
@testable import HTTPServer
import TestSupport

/// A response to `HEAD` has no content (RFC 9110 §9.3.2), also when the engine refuses the
/// request itself (400/408/413/414/431/505, through the application's refusal page or the
/// plain default) and when the router answers on its own (404, 405, a handler that threw).
/// Over a real socket: after the head, not one byte arrives before the close (or the next
/// response on a kept-alive connection).
@Suite(.blocking) struct HeadRefusalE2ETests {
    /// A router with `GET /ok`, `POST /form` and `GET /small` (both limited to 10 body bytes),
    /// a `GET /boom` that throws, and an HTML refusal page for every engine refusal.
    static func router() throws -> Router {
        var router = Router(pages: RouterPages(refused: { refused in
            HTTPResponse(status: refused.status, contentType: "text/html; charset=utf-8",
                         text: "<p>refused \(refused.status.code)</p>")
        }))
        try router.get("/ok") { _ in HTTPResponse(contentType: "text/plain", text: "ok") }
        try router.post("/form", options: RouteOptions(maxBodySize: 10)) { _ in HTTPResponse(contentType: "text/plain", text: "posted") }
        try router.get("/small", options: RouteOptions(maxBodySize: 10)) { _ in HTTPResponse(contentType: "text/plain", text: "small") }
        try router.get("/boom") { _ in throw RouterError.invalidPattern("boom") }
        return router
    }

    /// Sends `raw`, reads the head and then everything until the server closes.
    func refusal(_ raw: String, _ configure: (inout ServerConfiguration) -> Void = { _ in })
        throws -> (reply: HTTPReply, after: [UInt8])
    {
        let live = try TestSupport.LiveServer.start(try Self.router(), configure: configure)
        defer { live.stop() }
        let client = try live.client()
        defer { client.close() }
        try client.write(raw)
        let reply = try client.readResponse(expectBody: false)
        let after = try client.readUntilClose()
        #expect(client.sawEOF, "the refusal closes the connection")
        #expect(reply["Connection"] == "close")
        return (reply, after)
    }

    static let longPath = "/" + String(repeating: "a", count: 200)
    static let bigCookie = "Cookie: " + String(repeating: "c", count: 300) + "\r\n"

    @Test func everyEngineRefusalOfAHeadRequestEndsAfterItsHead() throws {
        let cases: [(raw: String, status: Int, configure: (inout ServerConfiguration) -> Void)] = [
            ("HEAD /small HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n", 413, { _ in }),
            ("HEAD /ok HTTP/1.1\r\nHost: t\r\nContent-Length: 64\r\n\r\n", 413, { $0.maxBodySize = 32 }),
            ("HEAD \(Self.longPath) HTTP/1.1\r\nHost: t\r\n\r\n", 414, { $0.limits.maxRequestLine = 100 }),
            ("HEAD /ok HTTP/1.1\r\nHost: t\r\n\(Self.bigCookie)\r\n", 431, { $0.limits.maxHeaderBytes = 100 }),
            ("HEAD /ok HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n", 400, { _ in }),
            ("\r\nHEAD /ok HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400, { _ in }),
            ("HEAD /ok HTTP/2.0\r\nHost: t\r\n\r\n", 505, { _ in }),
        ]
        for test in cases {
            let (reply, after) = try refusal(test.raw, test.configure)
            #expect(reply.status == test.status, "\(test.raw.prefix(40))")
            #expect(after.isEmpty, "\(test.status) to HEAD sent \(after.count) body bytes")
            #expect(reply["Content-Type"] == "text/html; charset=utf-8", "the GET headers, from the page")
            #expect(Int(reply["Content-Length"] ?? "") == "<p>refused \(test.status)</p>".utf8.count)
        }
    }

    @Test func timeoutsOfAHeadRequestEndAfterTheirHead() throws {
        let fast: (inout ServerConfiguration) -> Void = { $0.headerTimeout = .milliseconds(200); $0.bodyTimeout = .milliseconds(200) }
        let partialHead = try refusal("HEAD /ok HTTP/1.1\r\nHost: t\r\n", fast)
        #expect(partialHead.reply.status == 408 && partialHead.after.isEmpty)
        let partialBody = try refusal("HEAD /small HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nab", fast)
        #expect(partialBody.reply.status == 408 && partialBody.after.isEmpty)
    }

    @Test func otherMethodsStillGetTheRefusalPage() throws {
        let post = try refusal("POST /form HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n")
        #expect(post.reply.status == 413 && String(decoding: post.after, as: UTF8.self) == "<p>refused 413</p>")
        let unknown = try refusal("BREW /ok HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(unknown.reply.status == 501 && String(decoding: unknown.after, as: UTF8.self) == "<p>refused 501</p>")
        let headLike = try refusal("HEADER \(Self.longPath) HTTP/1.1\r\nHost: t\r\n\r\n") { $0.limits.maxRequestLine = 100 }
        #expect(headLike.reply.status == 414 && !headLike.after.isEmpty)
    }

    @Test func theRoutersOwnAnswersToHeadHaveNoBodyAndKeepTheConnection() throws {
        let live = try TestSupport.LiveServer.start(try Self.router())
        defer { live.stop() }
        let client = try live.client()
        defer { client.close() }
        for (path, status) in [("/missing", 404), ("/form", 405), ("/boom", 500), ("/ok", 200)] {
            let reply = try client.send("HEAD \(path) HTTP/1.1\r\nHost: t\r\n\r\n", expectBody: false)
            #expect(reply.status == status && reply["Connection"] == nil, "HEAD \(path)")
            #expect(Int(reply["Content-Length"] ?? "0") ?? 0 > 0, "HEAD \(path): the GET length")
            // A leaked body would be read as the start of the next response and fail to parse.
            let next = try client.send("GET /ok HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(next.status == 200 && next.text == "ok", "after HEAD \(path)")
        }
    }

    @Test func theMethodHintNamesOnlyAKnownMethodFollowedByASpace() {
        func hint(_ s: String) -> HTTPMethod? { Array(s.utf8).withUnsafeBytes(RefusedRequest.methodHint) }
        #expect(hint("HEAD /a HTTP/1.1") == .head)
        #expect(hint("\r\n\r\nHEAD /") == .head)
        #expect(hint("GET /") == .get)
        #expect(hint("HEADER /") == nil)
        #expect(hint("HEAD") == nil)
        #expect(hint("BREW /") == nil)
        #expect(hint(" HEAD /") == nil)
    }
}
