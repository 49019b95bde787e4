import Testing
@testable import HTTPServer
@testable import Storage

@Suite struct RequestDecoderTests {
    let harness = DecoderHarness()

    @Test(arguments: RequestVectors.all)
    func decodesWholeAsExpected(_ v: RequestVector) {
        let result = harness.whole(v.bytes)
        #expect(v.matches(result), "\(v.name): \(result)")
    }

    @Test(arguments: RequestVectors.all)
    func sameResultByteByByte(_ v: RequestVector) {
        #expect(harness.byteByByte(v.bytes) == harness.whole(v.bytes), "\(v.name)")
    }

    @Test(arguments: RequestVectors.all)
    func sameResultAtEverySplit(_ v: RequestVector) {
        let whole = harness.whole(v.bytes)
        for cut in 0...v.bytes.count {
            let split = harness.split(v.bytes, at: cut)
            #expect(split == whole, "\(v.name) split at \(cut): \(split)")
            if split != whole { return }
        }
    }

    @Test func exposesHeadersInOrderWithCaseInsensitiveLookup() {
        let result = harness.whole(Array("GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nx-a: 2\r\n\r\n".utf8))
        #expect(result.requests.first?.headers == ["Host: a", "X-A: 1", "x-a: 2"])
        let headers = HTTPHeaders([("Host", "a"), ("X-A", "1"), ("x-a", "2")])
        #expect(headers.values(for: "x-A") == ["1", "2"])
    }

    @Test func reportsExpectContinueOnlyWithABody() throws {
        var d = RequestDecoder()
        let withBody = Array("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n".utf8)
        _ = try d.decode(withBody).get()
        #expect(d.expectsContinue)
        #expect(d.framing == .contentLength(3))
        var e = RequestDecoder()
        let noBody = Array("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n".utf8)
        _ = try e.decode(noBody).get()
        #expect(!e.expectsContinue)
    }

    @Test func staysFailedAfterAnError() {
        var d = RequestDecoder()
        let bad = Array("GET / HTTP/1.1\r\n\r\n".utf8), good = Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
        #expect(throws: ParseError.self) { _ = try d.decode(bad).get() }
        #expect(throws: ParseError.self) { _ = try d.decode(good).get() }
    }

    @Test func requestIDsAreLoopAndCounterInBase36() {
        #expect(RequestID.format(loop: 0, counter: 1) == "0-1")
        #expect(RequestID.format(loop: 1, counter: 36) == "1-10")
        #expect(RequestID.format(loop: 37, counter: UInt64.max) == "11-" + String(UInt64.max, radix: 36))
    }

    @Test func pathAndQuerySplitAtTheFirstQuestionMark() {
        let head = RequestHead(method: .get, target: "/a/è?b=1?c", version: .http1_1, headers: [:])
        #expect(head.path == "/a/è" && head.query == "b=1?c")
        #expect(RequestHead(method: .get, target: "/x", version: .http1_1, headers: [:]).query == "")
    }

    @Test func headerNamesMatchIgnoringASCIICase() {
        #expect(HTTPHeaders.namesMatch("Content-Length", "content-LENGTH"))
        #expect(!HTTPHeaders.namesMatch("Content-Length", "Content-Lengtx"))
        #expect(!HTTPHeaders.namesMatch("Host", "Hos"))
        #expect(!HTTPHeaders.namesMatch("[", "{"))  // only letters fold
    }

    @Test func keepAliveFollowsVersionAndConnectionTokens() {
        func head(_ v: HTTPVersion, _ connection: String?) -> RequestHead {
            var h = HTTPHeaders()
            if let c = connection { h.add("Connection", c) }
            return RequestHead(method: .get, target: "/", version: v, headers: h)
        }
        #expect(head(.http1_1, nil).keepAlive)
        #expect(!head(.http1_1, "Close").keepAlive)
        #expect(!head(.http1_1, "keep-alive, close").keepAlive)
        #expect(!head(.http1_0, nil).keepAlive)
        #expect(head(.http1_0, " Keep-Alive ").keepAlive)
        #expect(!head(.http1_0, "keep-alive-x").keepAlive)
    }
}
