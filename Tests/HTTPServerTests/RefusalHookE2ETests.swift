import Foundation
import Testing
@testable import HTTPServer
import TestSupport

/// The engine's own refusals over a real socket, with and without the responder's
/// `refusalResponse` hook: the hook sees what is known (path, `Accept-Language`, body limit),
/// supplies the body and headers, and never changes the status, the `Connection: close` or the
/// close; without it (or with an unusable answer) the plain-text default is sent.
@Suite(.blocking) struct RefusalHookE2ETests {
    /// Answers every refusal with a body listing what the engine told it.
    struct Hooked: HTTPResponder {
        var answer: @Sendable (RefusedRequest) -> HTTPResponse? = { refused in
            let facts = "\(refused.status.code)|\(refused.path ?? "-")|\(refused.acceptLanguage ?? "-")|\(refused.maxBodySize.map(String.init) ?? "-")"
            var response = HTTPResponse(status: refused.status, contentType: "text/html; charset=utf-8", text: facts)
            response.headers.set("X-Hook", "yes")
            response.headers.set("Connection", "keep-alive")  // reserved: the engine decides
            return response
        }
        func respond(to request: HTTPRequest) -> HTTPResponse {
            HTTPResponse(contentType: "text/plain", text: "ok")
        }
        func maxBodySize(for head: RequestHead) -> Int? { head.path == "/small" ? 10 : nil }
        func refusalResponse(for refused: RefusedRequest) -> HTTPResponse? { answer(refused) }
    }

    func refuse(_ raw: String, responder: any HTTPResponder = Hooked(),
                _ configure: (inout ServerConfiguration) -> Void = { _ in }) throws -> HTTPReply {
        let live = try TestSupport.LiveServer.start(responder, configure: configure)
        defer { live.stop() }
        let client = try live.client()
        defer { client.close() }
        let reply = try client.send(raw)
        #expect(reply.headers["Connection"] == "close")
        #expect(client.waitForClose())
        return reply
    }

    @Test func aRefusedHeadGivesThePathAtTheStartOfTheRequestLine() throws {
        let long = "GET /en/cerca?q=" + String(repeating: "a", count: 200) + " HTTP/1.1\r\nHost: t\r\n\r\n"
        let uri = try refuse(long) { $0.limits.maxRequestLine = 100 }
        #expect(uri.status == 414 && uri.text == "414|/en/cerca|-|-" && uri["X-Hook"] == "yes")
        #expect(uri["Content-Type"] == "text/html; charset=utf-8")
        let headers = try refuse("GET /api/v1/x HTTP/1.1\r\nHost: t\r\nCookie: " + String(repeating: "c", count: 300) + "\r\n\r\n") {
            $0.limits.maxHeaderBytes = 100
        }
        #expect(headers.status == 431 && headers.text == "431|/api/v1/x|-|-")
        let malformed = try refuse("\r\nPOST /modulo HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n")
        #expect(malformed.status == 400 && malformed.text == "400|/modulo|-|-")
        let garbage = try refuse("\u{1}\u{2} nonsense\r\n\r\n")
        #expect(garbage.status == 400 && garbage.text == "400|-|-|-")
    }

    @Test func aParsedHeadGivesPathLanguageAndTheLimitThatApplied() throws {
        let small = try refuse("POST /small?x=1 HTTP/1.1\r\nHost: t\r\nAccept-Language: en-GB, it;q=0.5\r\nContent-Length: 11\r\n\r\n")
        #expect(small.status == 413 && small.text == "413|/small|en-GB, it;q=0.5|10")
        let chunked = try refuse("POST /other HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + String(repeating: "x", count: 64) + "\r\n0\r\n\r\n") {
            $0.maxBodySize = 32
        }
        #expect(chunked.status == 413 && chunked.text == "413|/other|-|32")
        let badChunk = try refuse("POST /other HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        #expect(badChunk.status == 400 && badChunk.text == "400|/other|-|-")
    }

    @Test func aHeaderTimeoutGoesThroughTheHookWithThePartialPath() throws {
        let live = try TestSupport.LiveServer.start(Hooked()) { $0.headerTimeout = .milliseconds(200) }
        defer { live.stop() }
        let client = try live.client()
        defer { client.close() }
        try client.write("GET /en/lento HTTP/1.1\r\nHost: t\r\n")
        let reply = try client.readResponse()
        #expect(reply.status == 408 && reply.text == "408|/en/lento|-|-" && reply["Connection"] == "close")
        #expect(client.waitForClose())
    }

    @Test func theConnectionCapGoesThroughTheHookKnowingNothing() throws {
        let live = try TestSupport.LiveServer.start(Hooked()) { $0.maxConnections = 1 }
        defer { live.stop() }
        let first = try live.client()
        defer { first.close() }
        #expect(try first.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n").status == 200)
        let second = try live.client()
        defer { second.close() }
        let reply = try second.readResponse()
        #expect(reply.status == 503 && reply.text == "503|-|-|-" && reply["Connection"] == "close")
    }

    @Test func withoutAHookTheEngineAnswersInPlainItalian() throws {
        struct Plain: HTTPResponder {
            func respond(to request: HTTPRequest) -> HTTPResponse { HTTPResponse(contentType: "text/plain", text: "ok") }
        }
        let reply = try refuse("GET /" + String(repeating: "a", count: 200) + " HTTP/1.1\r\nHost: t\r\n\r\n", responder: Plain()) {
            $0.limits.maxRequestLine = 100
        }
        #expect(reply.status == 414 && reply.text == "Indirizzo troppo lungo.\n")
        #expect(reply["Content-Type"] == "text/plain; charset=utf-8")
        let router = try refuse("GET /" + String(repeating: "a", count: 200) + " HTTP/1.1\r\nHost: t\r\n\r\n", responder: Router()) {
            $0.limits.maxRequestLine = 100
        }
        #expect(router.status == 414 && router.text == "Indirizzo troppo lungo.\n")
    }

    @Test func anAnswerThatChangesTheStatusOrIsTooBigOrAFileGetsTheDefault() throws {
        let otherStatus = Hooked { _ in HTTPResponse(status: .ok, contentType: "text/html", text: "fine!") }
        let tooBig = Hooked { refused in
            HTTPResponse(status: refused.status, body: .bytes([UInt8](repeating: 65, count: ResponseSerializer.maxRefusalBody + 1)))
        }
        let file = Hooked { refused in
            HTTPResponse(status: refused.status, body: .file(FileRegion(path: "/etc/hostname", length: 1)))
        }
        for responder in [otherStatus, tooBig, file] {
            let reply = try refuse("GET /x HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n", responder: responder)
            #expect(reply.status == 400 && reply.text == "Richiesta non valida.\n")
        }
    }

    @Test func thePathHintIsBoundedAndNeedsAnOriginFormTarget() {
        func hint(_ s: String) -> String? { Array(s.utf8).withUnsafeBytes(RefusedRequest.pathHint) }
        #expect(hint("GET /a/b?c HTTP/1.1") == "/a/b")
        #expect(hint("\r\n\r\nGET /en") == "/en")
        #expect(hint("GET http://x/y HTTP/1.1") == nil)
        #expect(hint("G\u{1}T /api/x HTTP/1.1") == "/api/x")
        #expect(hint("GET") == nil)
        #expect(hint(String(repeating: "G", count: 100) + " /x") == nil)
        #expect(hint("GET /" + String(repeating: "z", count: 1000))?.utf8.count == RefusedRequest.maxPathHint)
    }
}
