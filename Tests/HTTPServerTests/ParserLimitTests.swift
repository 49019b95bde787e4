import Testing
@testable import HTTPServer

/// Every limit at N (accepted) and N+1 (refused with its status).
@Suite struct ParserLimitTests {
    static let small: ParserLimits = {
        var l = ParserLimits()
        l.maxRequestLine = 40
        l.maxHeaderBytes = 64
        l.maxHeaderCount = 4
        l.maxChunkSizeLine = 12
        return l
    }()
    let harness = DecoderHarness(limits: small, maxBodySize: 10)

    func requestLine(length: Int) -> String {
        let fixed = "GET / HTTP/1.1".utf8.count
        return "GET /" + String(repeating: "a", count: length - fixed) + " HTTP/1.1"
    }

    func check(_ raw: String, _ status: Int?) {
        let bytes = Array(raw.utf8)
        let results = [harness.whole(bytes), harness.byteByByte(bytes)]
        for r in results {
            #expect(r.errorStatus == status, "\(r)")
            if status == nil { #expect(r.requests.count == 1 && !r.incomplete, "\(r)") }
        }
    }

    @Test func requestLineAtLimitIsAcceptedAndBeyondIs414() {
        check(requestLine(length: 40) + "\r\nHost: a\r\n\r\n", nil)
        check(requestLine(length: 41) + "\r\nHost: a\r\n\r\n", 414)
    }

    @Test func overlongRequestLineIsRefusedBeforeItEnds() {
        #expect(harness.whole(Array(requestLine(length: 41).utf8)).errorStatus == 414)
    }

    /// Header section = field lines with their CRLFs, without the final empty line.
    func fields(totalBytes: Int) -> String {
        let host = "Host: a\r\n"
        let padding = totalBytes - host.utf8.count - "X: \r\n".utf8.count
        return host + "X: " + String(repeating: "v", count: padding) + "\r\n"
    }

    @Test func headerBytesAtLimitAreAcceptedAndBeyondIs431() {
        check("GET / HTTP/1.1\r\n" + fields(totalBytes: 64) + "\r\n", nil)
        check("GET / HTTP/1.1\r\n" + fields(totalBytes: 65) + "\r\n", 431)
    }

    @Test func headerCountAtLimitIsAcceptedAndBeyondIs431() {
        let four = "Host: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n"
        check("GET / HTTP/1.1\r\n" + four + "\r\n", nil)
        check("GET / HTTP/1.1\r\n" + four + "D: 4\r\n\r\n", 431)
    }

    @Test func contentLengthAtLimitIsAcceptedAndBeyondIs413() {
        check("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789", nil)
        check("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", 413)
    }

    @Test func chunkedBodyAtLimitIsAcceptedAndGrowingBeyondIs413() {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        check(head + "5\r\n01234\r\n5\r\n56789\r\n0\r\n\r\n", nil)
        check(head + "5\r\n01234\r\n6\r\n", 413)
    }

    @Test func chunkSizeLineAtLimitIsAcceptedAndBeyondIs400() {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        // The line counts its bytes including CRLF: "1;abcdefghi\r\n" is 13 > 12.
        check(head + "1;abcdefgh\r\nx\r\n0\r\n\r\n", nil)
        check(head + "1;abcdefghi\r\nx\r\n0\r\n\r\n", 400)
    }

    @Test func perRequestBodyLimitOverridesTheDefault() throws {
        var d = RequestDecoder(limits: Self.small, defaultMaxBodySize: 100)
        let raw = Array("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\n\r\n".utf8)
        _ = try d.decode(raw).get()
        #expect(throws: ParseError(status: .contentTooLarge, reason: "body larger than allowed")) {
            try d.setMaxBodySize(5)
        }
    }
}
