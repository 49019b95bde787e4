import Testing
@testable import HTTPServer

/// One raw request (or pipeline of requests) and what it must decode to.
struct RequestVector: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable, Equatable {
        /// Method, target and body of each request, in order.
        case accepts([Exp])
        /// The status of the ParseError, after any complete requests listed.
        case rejects(Int, after: [Exp] = [])
        /// Valid so far, but not a complete request.
        case incomplete
    }

    struct Exp: Sendable, Equatable {
        var method: String
        var target: String
        var body: String

        init(_ method: String, _ target: String, _ body: String = "") {
            self.method = method
            self.target = target
            self.body = body
        }
    }

    var name: String
    var raw: String
    var expected: Expected

    init(_ name: String, _ raw: String, _ expected: Expected) {
        self.name = name
        self.raw = raw
        self.expected = expected
    }

    var bytes: [UInt8] { Array(raw.utf8) }
    var testDescription: String { name }

    /// Whether `result` is what this vector expects.
    func matches(_ result: FeedResult) -> Bool {
        let got = result.requests.map { Exp($0.method, $0.target, String(decoding: $0.body, as: UTF8.self)) }
        switch expected {
        case .accepts(let exps): return result.errorStatus == nil && !result.incomplete && got == exps
        case .rejects(let status, let after): return result.errorStatus == status && got == after
        case .incomplete: return result.errorStatus == nil && result.incomplete && got.isEmpty
        }
    }
}

typealias V = RequestVector
let get = V.Exp("GET", "/")

enum RequestVectors {
    static let valid: [V] = [
        V("simple GET", "GET / HTTP/1.1\r\nHost: a\r\n\r\n", .accepts([get])),
        V("HTTP/1.0 without Host", "GET /x HTTP/1.0\r\n\r\n", .accepts([.init("GET", "/x")])),
        V("query kept in target", "GET /a?b=c&d HTTP/1.1\r\nHost: a\r\n\r\n", .accepts([.init("GET", "/a?b=c&d")])),
        V("POST with Content-Length", "POST /f HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
          .accepts([.init("POST", "/f", "hello")])),
        V("zero Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", .accepts([.init("POST", "/")])),
        V("repeated identical Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok",
          .accepts([.init("POST", "/", "ok")])),
        V("chunked body", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
          .accepts([.init("POST", "/", "hello world")])),
        V("chunked uppercase hex and extension", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\nA;name=val\r\n0123456789\r\n0\r\n\r\n",
          .accepts([.init("POST", "/", "0123456789")])),
        V("chunked with trailers discarded", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nX-Sum: 1\r\nY: 2\r\n\r\n",
          .accepts([.init("POST", "/", "x")])),
        V("pipelined requests", "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nPOST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabcGET /3 HTTP/1.1\r\nHost: a\r\n\r\n",
          .accepts([.init("GET", "/1"), .init("POST", "/2", "abc"), .init("GET", "/3")])),
        V("leading empty line ignored", "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", .accepts([get])),
        V("OWS around value", "GET / HTTP/1.1\r\nHost:a\r\nX:  v v \t\r\n\r\n", .accepts([get])),
        V("empty field value", "GET / HTTP/1.1\r\nHost: a\r\nX-Empty:\r\n\r\n", .accepts([get])),
        V("obs-text in value", "GET / HTTP/1.1\r\nHost: a\r\nX: caf\u{e9}\r\n\r\n", .accepts([get])),
        V("OPTIONS asterisk", "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", .accepts([.init("OPTIONS", "*")])),
        V("absolute-form reduced to origin-form", "GET http://a.example/p?q=1 HTTP/1.1\r\nHost: a.example\r\n\r\n",
          .accepts([.init("GET", "/p?q=1")])),
        V("absolute-form without path", "GET http://a.example HTTP/1.1\r\nHost: a.example\r\n\r\n", .accepts([get])),
        V("HEAD, PUT, DELETE, PATCH", "HEAD / HTTP/1.1\r\nHost: a\r\n\r\nPUT / HTTP/1.1\r\nHost: a\r\n\r\nDELETE / HTTP/1.1\r\nHost: a\r\n\r\nPATCH / HTTP/1.1\r\nHost: a\r\n\r\n",
          .accepts([.init("HEAD", "/"), .init("PUT", "/"), .init("DELETE", "/"), .init("PATCH", "/")])),
        V("Host with port", "GET / HTTP/1.1\r\nHost: a.example:8080\r\n\r\n", .accepts([get])),
        V("head without final CRLF is incomplete", "GET / HTTP/1.1\r\nHost: a\r\n", .incomplete),
        V("body shorter than Content-Length is incomplete", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 9\r\n\r\nabc", .incomplete),
        V("chunked without last chunk is incomplete", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", .incomplete),
    ]

    static let malformed: [V] = [
        V("missing Host on 1.1", "GET / HTTP/1.1\r\n\r\n", .rejects(400)),
        V("repeated Host", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .rejects(400)),
        V("repeated Host on 1.0", "GET / HTTP/1.0\r\nHost: a\r\nhost: a\r\n\r\n", .rejects(400)),
        V("Host with space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", .rejects(400)),
        V("CL and TE", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .rejects(400)),
        V("TE and CL", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", .rejects(400)),
        V("differing Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", .rejects(400)),
        V("Content-Length list", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc", .rejects(400)),
        V("signed Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\nabc", .rejects(400)),
        V("negative Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", .rejects(400)),
        V("hex Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n", .rejects(400)),
        V("huge Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n", .rejects(400)),
        V("empty Content-Length", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", .rejects(400)),
        V("TE gzip", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", .rejects(501)),
        V("TE gzip, chunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", .rejects(501)),
        V("TE xchunked", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n", .rejects(501)),
        V("TE chunked twice", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .rejects(400)),
        V("TE empty", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \r\n\r\n", .rejects(400)),
        V("TE in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .rejects(400)),
        V("space before colon (TE smuggling)", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n", .rejects(400)),
        V("tab before colon", "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", .rejects(400)),
        V("obs-fold", "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n", .rejects(400)),
        V("obs-fold with tab", "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n\tb\r\n\r\n", .rejects(400)),
        V("first header folded", "GET / HTTP/1.1\r\n Host: a\r\n\r\n", .rejects(400)),
        V("NUL in header name", "GET / HTTP/1.1\r\nHost: a\r\nX\u{0}Y: 1\r\n\r\n", .rejects(400)),
        V("NUL in header value", "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n", .rejects(400)),
        V("DEL in header value", "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{7f}\r\n\r\n", .rejects(400)),
        V("empty header name", "GET / HTTP/1.1\r\nHost: a\r\n: v\r\n\r\n", .rejects(400)),
        V("header without colon", "GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n", .rejects(400)),
        V("bare LF line endings", "GET / HTTP/1.1\nHost: a\n\n", .rejects(400)),
        V("bare LF after header", "GET / HTTP/1.1\r\nHost: a\n\r\n", .rejects(400)),
        V("bare CR in header", "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", .rejects(400)),
        V("bare CR in request line", "GET /\r HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("control character in target", "GET /a\u{1}b HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("tab in target", "GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("fragment in target", "GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("non-ASCII in target", "GET /caf\u{e9} HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("relative target", "GET a/b HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("asterisk with GET", "GET * HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("two spaces in request line", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("missing version", "GET /\r\nHost: a\r\n\r\n", .rejects(400)),
        V("lowercase protocol", "GET / http/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("trailing space after version", "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", .rejects(400)),
        V("version 2.0", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", .rejects(505)),
        V("version 0.9", "GET / HTTP/0.9\r\n\r\n", .rejects(505)),
        V("version 1.2", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", .rejects(505)),
        V("two-digit version", "GET / HTTP/10.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("unknown method", "BREW / HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(501)),
        V("TRACE not implemented", "TRACE / HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(501)),
        V("CONNECT not implemented", "CONNECT a:443 HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(501)),
        V("lowercase method", "get / HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(501)),
        V("invalid method characters", "G(T / HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("too many leading empty lines", "\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("chunk size not hex", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", .rejects(400)),
        V("chunk size missing", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", .rejects(400)),
        V("chunk size negative", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", .rejects(400)),
        V("chunk size overflow", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", .rejects(400)),
        V("chunk size 16 digits", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1000000000000000\r\n", .rejects(400)),
        V("chunk data longer than size", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n", .rejects(400)),
        V("chunk size bare LF", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n", .rejects(400)),
        V("chunk extension with control", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;a\u{1}\r\nabc\r\n0\r\n\r\n", .rejects(400)),
        V("trailer folded", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: 1\r\n 2\r\n\r\n", .rejects(400)),
        V("trailer without colon", "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nnocolon\r\n\r\n", .rejects(400)),
        V("smuggled request after bad TE is never decoded",
          "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 44\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: a\r\n\r\n", .rejects(400)),
        V("error after a good pipelined request", "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\n\r\n",
          .rejects(400, after: [.init("GET", "/1")])),
    ]

    static let all = valid + malformed
}
