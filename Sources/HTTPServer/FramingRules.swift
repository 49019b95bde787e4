/// Message framing and Host rules that decide whether a head may be trusted (RFC 9112 §6, §3.2).
/// These are the rules that stop request smuggling: any ambiguity about where a body ends is 400.
enum FramingRules {
    /// Largest Content-Length accepted syntactically (18 digits cannot overflow `Int`).
    static let maxContentLengthDigits = 18

    static func framing(of head: RequestHead) throws(ParseError) -> RequestDecoder.BodyFraming {
        let codings = head.headers.values(for: "Transfer-Encoding")
        let lengths = head.headers.values(for: "Content-Length")
        if !codings.isEmpty {
            // RFC 9112 §6.1: TE with CL, or TE in HTTP/1.0, means the framing cannot be trusted.
            guard lengths.isEmpty else { throw ParseError.bad("Content-Length with Transfer-Encoding") }
            guard head.version == .http1_1 else { throw ParseError.bad("Transfer-Encoding in HTTP/1.0") }
            return try chunkedFraming(codings)
        }
        guard let first = lengths.first else { return .none }
        // RFC 9112 §6.3: differing or invalid Content-Length values are unrecoverable.
        guard lengths.allSatisfy({ $0 == first }) else { throw ParseError.bad("differing Content-Length") }
        guard let n = parseContentLength(first) else { throw ParseError.bad("invalid Content-Length") }
        return n == 0 ? .none : .contentLength(n)
    }

    /// Only `chunked`, exactly once and last, is implemented; other codings are 501.
    static func chunkedFraming(_ values: [String]) throws(ParseError) -> RequestDecoder.BodyFraming {
        var codings: [Substring] = []
        for value in values {
            for token in value.split(separator: ",", omittingEmptySubsequences: true) {
                let t = token.trimmingASCIIWhitespace()
                if !t.isEmpty { codings.append(t) }
            }
        }
        guard !codings.isEmpty else { throw ParseError.bad("empty Transfer-Encoding") }
        for coding in codings where !HTTPHeaders.namesMatch(String(coding), "chunked") {
            throw ParseError.notImplemented("unsupported transfer coding")
        }
        guard codings.count == 1 else { throw ParseError.bad("chunked applied more than once") }
        return .chunked
    }

    /// `1*DIGIT`, nothing else (no sign, no spaces, no lists).
    static func parseContentLength(_ s: String) -> Int? {
        let digits = s.utf8
        guard !digits.isEmpty, digits.count <= maxContentLengthDigits else { return nil }
        var n = 0
        for d in digits {
            guard d >= 48 && d <= 57 else { return nil }
            n = n * 10 + Int(d - 48)
        }
        return n
    }

    /// RFC 9112 §3.2: HTTP/1.1 needs exactly one Host; more than one is always 400.
    static func checkHost(of head: RequestHead) throws(ParseError) {
        var count = 0
        for field in head.headers where HTTPHeaders.namesMatch(field.name, "Host") {
            count += 1
            for b in field.value.utf8 where b == 32 || b == 9 || b == 44 || b == 47 || b == 64 {
                throw ParseError.bad("invalid Host")
            }
        }
        if count > 1 { throw ParseError.bad("repeated Host") }
        if count == 0 && head.version == .http1_1 { throw ParseError.bad("missing Host") }
    }
}
