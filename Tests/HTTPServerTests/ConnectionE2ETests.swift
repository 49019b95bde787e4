import Foundation
import Testing
@testable import HTTPServer
import TestSupport
@testable import Storage

@Suite(.blocking) struct ConnectionE2ETests {
    @Test func answersAndKeepsTheConnectionAlive() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        for _ in 0..<3 {
            try client.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            let r = try client.readResponse()
            #expect(r.status == 200)
            #expect(r.text == "hello")
            #expect(r["Content-Length"] == "5")
            #expect(r["Date"]?.hasSuffix(" GMT") == true)
            #expect(r["Connection"] == nil)
        }
        #expect(live.observer.opened == 1)
    }

    @Test func runsSlowRespondersOnWorkers() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /slow?ms=20&tag=a HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "slow a")
    }

    @Test func answersPipelinedRequestsInOrder() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        // A slow worker request between fast inline ones: order must still hold.
        try client.write("GET /slow?ms=50&tag=1 HTTP/1.1\r\nHost: t\r\n\r\nPOST /echo HTTP/1.1\r\nHost: t\r\n"
            + "Content-Length: 3\r\n\r\ntwoGET /slow?ms=1&tag=3 HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "slow 1")
        #expect(try client.readResponse().text == "two")
        #expect(try client.readResponse().text == "slow 3")
        #expect(try client.readResponse().text == "hello")
    }

    @Test func http10ClosesUnlessKeepAliveIsAsked() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let kept = try live.client()
        try kept.write("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let r = try kept.readResponse()
        #expect(r["Connection"] == "keep-alive")
        try kept.write("GET /hello HTTP/1.0\r\n\r\n")
        let last = try kept.readResponse()
        #expect(last["Connection"] == "close")
        #expect(kept.waitForClose())
    }

    @Test func connectionCloseEndsTheConnectionAfterTheResponse() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let r = try client.readResponse()
        #expect(r.status == 200)
        #expect(r["Connection"] == "close")
        #expect(client.waitForClose())
    }

    @Test func answersClientsThatHalfCloseAfterTheirRequests() throws {
        let live = try LiveServer()
        defer { live.stop() }
        for path in ["/hello", "/slow?ms=20&tag=x"] {
            let client = try live.client()
            try client.write("GET \(path) HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            client.shutdownWrite()
            #expect(try client.readResponse().status == 200)
            let last = try client.readResponse()
            #expect(last.text == "hello")
            #expect(last["Connection"] == "close" || client.waitForClose())
        }
    }

    @Test func sendsContinueOnlyForAcceptableBodies() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.write("body")
        #expect(try client.readResponse().text == "body")

        let refused = try live.client()
        try refused.write("POST /small HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n")
        let r = try refused.readResponse()
        #expect(r.status == 413)
        #expect(r["Connection"] == "close")
    }

    @Test func headGetsGetHeadersWithoutBody() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("HEAD /size?n=1234 HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let head = try client.readResponse(expectBody: false)
        #expect(head.status == 200)
        #expect(head["Content-Length"] == "1234")
        #expect(try client.readResponse().text == "hello")  // no stray body bytes in between
    }

    @Test func framesBodilessStatusesWithoutContentLength() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /status?code=204 HTTP/1.1\r\nHost: t\r\n\r\nGET /status?code=304 HTTP/1.1\r\nHost: t\r\n\r\n"
            + "GET /status?code=404 HTTP/1.1\r\nHost: t\r\n\r\n")
        let noContent = try client.readResponse()
        #expect(noContent.status == 204 && noContent["Content-Length"] == nil)
        let notModified = try client.readResponse()
        #expect(notModified.status == 304 && notModified["Content-Length"] == nil)
        let empty = try client.readResponse()
        #expect(empty.status == 404 && empty["Content-Length"] == "0")
    }

    @Test func serverOwnsFramingHeadersAndDropsUnsafeOnes() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /evil-header HTTP/1.1\r\nHost: t\r\n\r\n")
        let r = try client.readResponse()
        #expect(r["Content-Length"] == "1")
        #expect(r["Set-Cookie"] == nil && r["X-Evil"] == nil)
        #expect(r.text == "x")
    }

    @Test func decodesChunkedRequestBodies() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\nX: y\r\n\r\n")
        #expect(try client.readResponse().text == "Wikipedia")
    }

    @Test func sendsFilesWithSendfile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("http-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = dir.appendingPathComponent("data.bin")
        try Data(bytes).write(to: file)
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /file?path=\(file.path) HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let r = try client.readResponse()
        #expect(r.body == bytes)
        #expect(try client.readResponse().text == "hello")
    }

    @Test func setsRequestIdsAndReportsCompletedRequests() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\n\r\nxPOST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\n\r\ny")
        let a = try client.readResponse(), b = try client.readResponse()
        #expect(a["X-Request-Id"] == a["X-Request-Seen"])
        #expect(a["X-Request-Id"] != b["X-Request-Id"])
        let completed = live.observer.completed
        #expect(completed.count == 2)
        #expect(completed.first?.path == "/echo" && completed.first?.status.code == 200)
    }
}
